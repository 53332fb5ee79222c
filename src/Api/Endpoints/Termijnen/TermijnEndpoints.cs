using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Common.Zaken;
using PassendOnderwijs.Application.Termijnen;
using PassendOnderwijs.Application.Termijnen.Queries.GeefTermijnen;
using PassendOnderwijs.Application.Termijnen.Queries.GeefTermijnsoorten;

namespace PassendOnderwijs.Api.Endpoints.Termijnen;

/// <summary>The deadline engine: its table of terms (public) and the terms of one case.</summary>
internal static class TermijnEndpoints
{
    private const string Tag = "Termijnen";

    private static readonly ParameterBeschrijving ZaakArrangement = ContractParameters.ArrangementId with
    {
        Beschrijving = "Het arrangement waarvan u de termijnen wilt zien; noem precies één van arrangementId, tlvId en oppId.",
    };

    private static readonly ParameterBeschrijving ZaakTlv = ContractParameters.TlvId with
    {
        Beschrijving = "De toelaatbaarheidsverklaring waarvan u de termijnen wilt zien; noem precies één van arrangementId, tlvId en oppId.",
    };

    private static readonly ParameterBeschrijving ZaakOpp = ContractParameters.OppId with
    {
        Beschrijving = "Het ontwikkelingsperspectiefplan waarvan u de termijnen wilt zien; noem precies één van arrangementId, tlvId en oppId.",
    };

    public static void MapTermijnen(this RouteGroupBuilder api)
    {
        // Public like the law and the policy it states: no token (no Beschrijf, which requires one).
        api.MapGet("/termijnsoorten", GeefTermijnsoorten).WithName("geefTermijnsoorten").IsOpenbareReferentiedata()
            .WithTags(Tag)
            .WithSummary("Alle termijnen die het product bewaakt")
            .WithDescription(
                "Per termijn: hoe lang, waarop hij rust (wet of beleid), wie moet handelen, bij welke soort zaak en hoeveel " +
                "dagen vooraf het signaal komt dat hij bijna afloopt. Een samenwerkingsverband kan sommige lengtes zelf " +
                "instellen (beleid); de tekst zegt dat dan. Zonder token.");
        api.MapGet("/termijnen", GeefTermijnen).WithName("geefTermijnen")
            .MetParameter(ZaakArrangement).MetParameter(ZaakTlv).MetParameter(ZaakOpp)
            .Beschrijf(Tag,
                "De termijnen van één zaak",
                "Elke termijn die voor de zaak liep of loopt: vanaf wanneer, de laatste dag, de dag van het signaal, de fase " +
                "(loopt, loopt bijna af, verlopen, afgerond) en wanneer elk signaal kwam. Lopende termijnen eerst, dan op " +
                "laatste dag. Een zaak die u niet mag zien, geeft 404.");
    }

    private static Task<Results<Ok<TermijnsoortenDto>, ProblemHttpResult>> GeefTermijnsoorten(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefTermijnsoortenQuery(), http, ct);

    private static Task<Results<Ok<TermijnenDto>, ProblemHttpResult>> GeefTermijnen(
        [FromQuery] Guid? arrangementId, [FromQuery] Guid? tlvId, [FromQuery] Guid? oppId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefTermijnenQuery(Zaakverwijzing.Lees(arrangementId, tlvId, oppId)), http, ct);
}
