using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Beleid.Commands.LegBeleidVast;
using PassendOnderwijs.Application.Beleid.Queries.GeefBeleidsgeschiedenis;
using PassendOnderwijs.Application.Beleid.Queries.GeefBeleidsinstellingen;

namespace PassendOnderwijs.Api.Endpoints.Beleid;

/// <summary>
/// The samenwerkingsverband's policy settings: the ones in force on a day, the history of versions, and a new
/// version that takes effect from its date. The contract's failure responses follow from each message.
/// </summary>
internal static class BeleidEndpoints
{
    public const string Tag = "Beleid";
    private const string Instellingen = "/beleidsinstellingen";
    private const string Versies = Instellingen + "/versies";

    public static void MapBeleid(this RouteGroupBuilder api)
    {
        api.MapGet(Instellingen, GeefBeleidsinstellingen).WithName("geefBeleidsinstellingen").Beschrijf(Tag,
            "De beleidsinstellingen die op een dag gelden",
            "Vandaag, of op de dag in `op` (bijvoorbeeld 2027-03-14): de versie met de laatste ingangsdatum op of voor die dag; " +
            "zolang er geen is, de standaardwaarden. De ETag is de versie om in If-Match mee te sturen bij een nieuwe versie.");
        api.MapGet(Versies, GeefBeleidsgeschiedenis).WithName("geefBeleidsgeschiedenis").Beschrijf(Tag,
            "Alle vastgelegde versies van de beleidsinstellingen",
            "In de volgorde waarin ze zijn vastgelegd, met wie en wanneer, en de standaardwaarden die gelden voor de eerste.");
        api.MapPost(Versies, LegBeleidVast).WithName("legBeleidVast").Beschrijf(Tag,
            "Leg een nieuwe versie van de beleidsinstellingen vast",
            "Alle instellingen samen, met de ingangsdatum (vandaag of later, nooit met terugwerkende kracht). Een aanvraag krijgt " +
            "de behandeltermijn die geldt op de dag van de aanvraag; wat al loopt, verandert niet. If-Match met de ETag is " +
            "verplicht (\"0\" zolang er niets is vastgelegd).");
    }

    private static Task<Results<Ok<BeleidsinstellingenDto>, ProblemHttpResult>> GeefBeleidsinstellingen(
        [FromQuery] DateOnly? op, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefBeleidsinstellingenQuery(op), http, ct);

    private static Task<Results<Ok<BeleidsgeschiedenisDto>, ProblemHttpResult>> GeefBeleidsgeschiedenis(
        ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefBeleidsgeschiedenisQuery(), http, ct);

    private static async Task<Results<Created<VastgelegdeBeleidsversieDto>, ProblemHttpResult>> LegBeleidVast(
        BeleidsversieVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new LegBeleidVastCommand(http.VerwachteVersie(), v.Lees()), ct).ConfigureAwait(false))
            .AlsNieuw(http, b => $"{Instellingen}?op={b.Ingangsdatum:yyyy-MM-dd}");
}
