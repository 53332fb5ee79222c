using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Portfolio.Middelen;
using PassendOnderwijs.Application.Portfolio.Middelen.Commands.DienVerantwoordingIn;
using PassendOnderwijs.Application.Portfolio.Middelen.Commands.LegBesprekingVast;
using PassendOnderwijs.Application.Portfolio.Middelen.Commands.LegMiddelentoekenningVast;
using PassendOnderwijs.Application.Portfolio.Middelen.Commands.StartVerantwoording;
using PassendOnderwijs.Application.Portfolio.Middelen.Commands.StuurVerantwoordingTerug;
using PassendOnderwijs.Application.Portfolio.Middelen.Commands.WerkVerantwoordingBij;
using PassendOnderwijs.Application.Portfolio.Middelen.Commands.WijzigMiddelentoekenning;
using PassendOnderwijs.Application.Portfolio.Middelen.Queries.GeefMiddelentoekenning;
using PassendOnderwijs.Application.Portfolio.Middelen.Queries.GeefMiddelentoekenningen;
using PassendOnderwijs.Application.Portfolio.Middelen.Queries.GeefVerantwoording;

namespace PassendOnderwijs.Api.Endpoints.Portfolio;

/// <summary>
/// The middelen extra ondersteuning per schoolbestuur and calendar year (kept by SWV staff) and each bestuur's
/// verantwoording of them (written by school staff of the bestuur's vestigingen, discussed with the SWV).
/// </summary>
internal static class MiddelenEndpoints
{
    private const string Tag = "Middelen extra ondersteuning";
    private const string Pad = "/middelentoekenningen";
    private const string Een = Pad + "/{id:guid}";
    private const string Verantwoordingen = "/verantwoordingen";
    private const string EenVerantwoording = Verantwoordingen + "/{id:guid}";

    public static void MapMiddelen(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, GeefToekenningen).WithName("geefMiddelentoekenningen").Beschrijf(Tag,
            "De toekenningen van middelen extra ondersteuning",
            "Per schoolbestuur en kalenderjaar: het bedrag, de verdeelsleutel, de datum van de voorschotbetaling en de stand van de " +
            "verantwoording. Filter op jaar en schoolbestuurId. SWV-medewerkers zien alle besturen, schoolmedewerkers alleen de besturen " +
            "van hun eigen scholen.");
        api.MapPost(Pad, LegVast).WithName("legMiddelentoekenningVast").Beschrijf(Tag,
            "Leg de middelen van een schoolbestuur voor een jaar vast",
            "Met het bedrag in euro (hele centen, 0 of meer), de verdeelsleutel (bij 'anders' met toelichting), eventueel de datum van " +
            "de voorschotbetaling en de bedragen per school van dat bestuur (samen niet meer dan het bedrag). Eén toekenning per bestuur " +
            "en jaar (anders 409). Voor SWV-medewerkers.");
        api.MapGet(Een, GeefToekenning).WithName("geefMiddelentoekenning").MetParameter(ContractParameters.ToekenningId).Beschrijf(Tag,
            "Eén toekenning van middelen", "Met de geschiedenis; de ETag is wat een wijziging in If-Match meestuurt.");
        api.MapPut(Een, Wijzig).WithName("wijzigMiddelentoekenning").MetParameter(ContractParameters.ToekenningId).Beschrijf(Tag,
            "Wijzig een toekenning van middelen",
            "Vervangt alles behalve bestuur en jaar, met dezelfde regels; If-Match met de ETag is verplicht (428 zonder, 412 bij een " +
            "verouderde versie). Voor SWV-medewerkers.");
        api.MapPost(Een + "/verantwoording", StartVerantwoording).WithName("startVerantwoording").MetParameter(ContractParameters.ToekenningId).Beschrijf(Tag,
            "Begin de verantwoording van een toekenning",
            "Een concept met regels op school- en groepsniveau (doel, interventies, besteed bedrag, resultaten) en op leerlingniveau " +
            "(een verwijzing naar het OPP van een leerling van een school van het bestuur, met het besteed bedrag). Er is geen rol voor " +
            "het bestuur: een schoolmedewerker van een school van het bestuur schrijft de verantwoording namens het bestuur. Eén " +
            "verantwoording per toekenning (anders 409).");
        api.MapGet(EenVerantwoording, GeefVerantwoording).WithName("geefVerantwoording").MetParameter(ContractParameters.VerantwoordingId).Beschrijf(Tag,
            "Eén verantwoording",
            "Met de regels, het besteed bedrag tegenover het toegekende bedrag (met een waarschuwing als er meer is besteed), de stappen " +
            "die u nu mag zetten en de geschiedenis. Een regel op leerlingniveau noemt de leerling alleen als u die leerling mag zien. " +
            "Elke keer dat u de verantwoording leest, staat in het auditlog, ook per leerling.");
        api.MapPut(EenVerantwoording, WerkBij).WithName("werkVerantwoordingBij").MetParameter(ContractParameters.VerantwoordingId).Beschrijf(Tag,
            "Werk de regels van een verantwoording bij",
            "Vervangt alle regels; alleen bij een concept (anders 409). If-Match met de ETag is verplicht. Een regel op leerlingniveau " +
            "die er al stond, mag blijven ook als u die leerling niet ziet.");
        api.MapPost(EenVerantwoording + "/indiening", DienIn).WithName("dienVerantwoordingIn").MetParameter(ContractParameters.VerantwoordingId).Beschrijf(Tag,
            "Dien de verantwoording in",
            "Na afloop van het kalenderjaar, als elke regel op school- en groepsniveau resultaten noemt. If-Match met de ETag is verplicht.");
        api.MapPost(EenVerantwoording + "/terugsturing", StuurTerug).WithName("stuurVerantwoordingTerug").MetParameter(ContractParameters.VerantwoordingId).Beschrijf(Tag,
            "Stuur de verantwoording terug voor correctie",
            "Alleen een ingediende verantwoording die nog niet is besproken, met de reden; ze wordt weer een concept. Voor SWV-medewerkers.");
        api.MapPost(EenVerantwoording + "/bespreking", LegBesprekingVast).WithName("legBesprekingVast").MetParameter(ContractParameters.VerantwoordingId).Beschrijf(Tag,
            "Leg vast dat de verantwoording is besproken in het bestuursgesprek",
            "Met de datum van het gesprek (niet in de toekomst, niet vóór de indiening) en een notitie. Voor SWV-medewerkers.");
    }

    private static Task<Results<Ok<MiddelentoekenningenDto>, ProblemHttpResult>> GeefToekenningen(
        [FromQuery] int? jaar, [FromQuery] Guid? schoolbestuurId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefMiddelentoekenningenQuery(jaar, schoolbestuurId), http, ct);

    private static async Task<Results<Created<MiddelentoekenningDto>, ProblemHttpResult>> LegVast(
        MiddelentoekenningVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new LegMiddelentoekenningVastCommand(v.Lees()), ct).ConfigureAwait(false)).AlsNieuw(http, t => $"{Pad}/{t.Id}");

    private static Task<Results<Ok<MiddelentoekenningDto>, ProblemHttpResult>> GeefToekenning(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefMiddelentoekenningQuery(id), http, ct);

    private static Task<Results<Ok<MiddelentoekenningDto>, ProblemHttpResult>> Wijzig(
        Guid id, MiddelentoekenningWijziging v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new WijzigMiddelentoekenningCommand(id, http.VerwachteVersie(), v.Lees()), http, ct);

    private static async Task<Results<Created<VerantwoordingDto>, ProblemHttpResult>> StartVerantwoording(
        Guid id, VerantwoordingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new StartVerantwoordingCommand(id, v.Lees()), ct).ConfigureAwait(false)).AlsNieuw(http, d => $"{Verantwoordingen}/{d.Id}");

    private static Task<Results<Ok<VerantwoordingDto>, ProblemHttpResult>> GeefVerantwoording(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefVerantwoordingQuery(id), http, ct);

    private static Task<Results<Ok<VerantwoordingDto>, ProblemHttpResult>> WerkBij(
        Guid id, VerantwoordingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new WerkVerantwoordingBijCommand(id, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<VerantwoordingDto>, ProblemHttpResult>> DienIn(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new DienVerantwoordingInCommand(id, http.VerwachteVersie()), http, ct);

    private static Task<Results<Ok<VerantwoordingDto>, ProblemHttpResult>> StuurTerug(
        Guid id, TerugsturingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new StuurVerantwoordingTerugCommand(id, http.VerwachteVersie(), v.Reden), http, ct);

    private static Task<Results<Ok<VerantwoordingDto>, ProblemHttpResult>> LegBesprekingVast(
        Guid id, BestuursgesprekVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new LegBesprekingVastCommand(id, http.VerwachteVersie(), v.Datum, v.Notitie), http, ct);
}
