using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Begeleidingsaanbod;
using PassendOnderwijs.Application.Begeleidingsaanbod.Commands.BeeindigAanbod;
using PassendOnderwijs.Application.Begeleidingsaanbod.Commands.BiedBegeleidingAan;
using PassendOnderwijs.Application.Begeleidingsaanbod.Commands.NeemAanbiederUitBedrijf;
using PassendOnderwijs.Application.Begeleidingsaanbod.Commands.RegistreerAanbieder;
using PassendOnderwijs.Application.Begeleidingsaanbod.Commands.VerwijderAanbieder;
using PassendOnderwijs.Application.Begeleidingsaanbod.Commands.WijzigContactgegevens;
using PassendOnderwijs.Domain.Begeleidingsaanbod;

namespace PassendOnderwijs.Api.Endpoints.Begeleidingsaanbod;

/// <summary>
/// Managing the register (SWV administrators and register-beheerders). An aanbieder is changed only by the
/// beheerder of the samenwerkingsverband that registered it or by a register-beheerder (403 niet-eigenaar for
/// others). Every change to an existing aanbieder names the version it is based on in If-Match: 428 without it, 412
/// when someone else changed the aanbieder first. The contract's failure responses follow from each command (its
/// access rule, <c>KanFalen</c> and If-Match).
/// </summary>
internal static class AanbiederBeheerEndpoints
{
    private const string Pad = AanbiederLeesEndpoints.Pad;
    private const string Tag = AanbiederLeesEndpoints.Tag;
    private const string Aanbieder = Pad + "/{code}";

    private const string Eigenaarsregel =
        " Alleen de beheerder van het samenwerkingsverband dat de aanbieder registreerde (eigenaar) of een register-beheerder " +
        "mag dit; anderen krijgen 403 niet-eigenaar en er verandert niets.";

    public static void MapAanbiederBeheer(this RouteGroupBuilder api)
    {
        api.MapPost(Pad, Registreer).WithName("registreerAanbieder").Beschrijf(Tag, 
            "Registreer een onderwijsbegeleidingsaanbieder",
            "Met zijn RIO-code, erkenning (cluster en licenties) en minstens één communicatiecontext; aanbod voegt u daarna toe. " +
            "Registreert een beheerder van een samenwerkingsverband hem, dan is dat samenwerkingsverband de eigenaar; een " +
            "register-beheerder registreert hem landelijk, zonder eigenaar.");
        api.MapPut(Aanbieder + "/communicatiecontexten", WijzigContactgegevens).WithName("wijzigContactgegevens").AlsWijziging(
            "Vervang de contactgegevens van een aanbieder", "Alle communicatiecontexten in één keer; minstens één.");
        api.MapPost(Aanbieder + "/aanbod", BiedAan).WithName("biedBegeleidingAan").AlsWijziging(
            "Voeg aangeboden begeleiding toe",
            "Eén expertise, voor een leerjaar of tussen data, in een werkgebied (leeg: landelijk), eventueel met capaciteit. " +
            "De licentie moet de expertise toestaan (422 expertise-niet-in-licentie), de periode moet binnen de bedrijfsperiode " +
            "vallen (422 periode-buiten-bedrijf) en mag niet overlappen met aanbod van dezelfde expertise (422 overlappend-aanbod).");
        api.MapPost(Aanbieder + "/aanbod/{aanbodId:guid}/beeindiging", BeeindigAanbod).WithName("beeindigAanbod")
            .MetParameter(ContractParameters.AanbodId)
            .AlsWijziging("Beëindig aangeboden begeleiding", "Het aanbod geldt tot en met laatsteDag; aanbod dat dan nog niet begonnen was, vervalt.");
        api.MapPost(Aanbieder + "/uitbedrijfname", NeemUitBedrijf).WithName("neemAanbiederUitBedrijf").AlsWijziging(
            "Neem een aanbieder uit bedrijf", "Na laatsteDag biedt de aanbieder niets meer aan: zijn aanbod eindigt uiterlijk dan.");
        api.MapDelete(Aanbieder, Verwijder).WithName("verwijderAanbieder").AlsWijziging(
            "Verwijder een ten onrechte geregistreerde aanbieder",
            "Een aanbieder die stopt, neemt u uit bedrijf. Synchroniserende systemen krijgen de verwijdering als 'verwijderd' in de wijzigingen.");
    }

    private static async Task<Results<Created<AanbiederDto>, ProblemHttpResult>> Registreer(
        NieuweAanbiederVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new RegistreerAanbiederCommand(v.Lees()), ct).ConfigureAwait(false)).AlsNieuw(http, a => $"{Pad}/{a.Code}");

    private static Task<Results<Ok<AanbiederDto>, ProblemHttpResult>> WijzigContactgegevens(
        string code, ContactgegevensVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new WijzigContactgegevensCommand(v.Lees(code), http.VerwachteVersie()), http, ct);

    private static Task<Results<Ok<AanbiederDto>, ProblemHttpResult>> BiedAan(
        string code, NieuwAanbodVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new BiedBegeleidingAanCommand(v.Lees(code), http.VerwachteVersie()), http, ct);

    private static Task<Results<Ok<AanbiederDto>, ProblemHttpResult>> BeeindigAanbod(
        string code, Guid aanbodId, LaatsteDagVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new BeeindigAanbodCommand(v.LeesAanbodeinde(code), aanbodId, http.VerwachteVersie()), http, ct);

    private static Task<Results<Ok<AanbiederDto>, ProblemHttpResult>> NeemUitBedrijf(
        string code, LaatsteDagVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new NeemAanbiederUitBedrijfCommand(v.LeesUitbedrijfname(code), http.VerwachteVersie()), http, ct);

    private static async Task<Results<NoContent, ProblemHttpResult>> Verwijder(string code, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new VerwijderAanbiederCommand(ObaCode.Parse(code), http.VerwachteVersie()), ct).ConfigureAwait(false)).AlsGeenInhoud(http);

    /// <summary>What every change to one existing aanbieder shares in the contract: its code, and who may make it.</summary>
    private static RouteHandlerBuilder AlsWijziging(this RouteHandlerBuilder builder, string samenvatting, string beschrijving) => builder
        .MetParameter(ContractParameters.ObaCode)
        .Beschrijf(Tag, samenvatting, beschrijving + Eigenaarsregel);
}
