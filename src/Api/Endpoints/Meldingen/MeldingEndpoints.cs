using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Meldingen;
using PassendOnderwijs.Application.Meldingen.Commands.MarkeerAllesGelezen;
using PassendOnderwijs.Application.Meldingen.Commands.MarkeerGelezen;
using PassendOnderwijs.Application.Meldingen.Commands.WijzigMeldingvoorkeuren;
using PassendOnderwijs.Application.Meldingen.Queries.GeefAantalOngelezen;
using PassendOnderwijs.Application.Meldingen.Queries.GeefMeldingen;
using PassendOnderwijs.Application.Meldingen.Queries.GeefMeldingvoorkeuren;

namespace PassendOnderwijs.Api.Endpoints.Meldingen;

/// <summary>
/// The caller's own notification centre: the list, the unread count for the bell, marking as read, and the choices
/// per kind. Every person who works in a samenwerkingsverband has one; nobody sees another's.
/// </summary>
internal static class MeldingEndpoints
{
    private const string Tag = "Meldingen";
    private const string Pad = "/meldingen";

    public static void MapMeldingen(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, GeefMeldingen).WithName("geefMeldingen").Beschrijf(Tag,
            "Uw meldingen",
            "De nieuwste eerst, per pagina (cursor). Met alleenOngelezen=true alleen de ongelezen. Een melding noemt geen leerling: " +
            "zij zegt in één zin wat er gebeurde en naar welke zaak zij verwijst (zaak en zaakId).");
        api.MapGet(Pad + "/aantal-ongelezen", GeefAantalOngelezen).WithName("geefAantalOngelezen").Beschrijf(Tag,
            "Hoeveel meldingen u nog niet gelezen hebt", "Voor de bel in de kop van het scherm.");
        api.MapPost(Pad + "/{id:guid}/gelezen", MarkeerGelezen).WithName("markeerGelezen").Beschrijf(Tag,
            "Markeer een melding als gelezen", "Een melding van iemand anders bestaat voor u niet (404).")
            .MetParameter(ContractParameters.MeldingId);
        api.MapPost(Pad + "/gelezen", MarkeerAllesGelezen).WithName("markeerAllesGelezen").Beschrijf(Tag,
            "Markeer al uw meldingen als gelezen");
        api.MapGet("/meldingvoorkeuren", GeefVoorkeuren).WithName("geefMeldingvoorkeuren").Beschrijf(Tag,
            "Welke meldingen u wilt krijgen",
            "Per soort melding: in de app en per e-mail. Een e-mail zegt alleen dat er een nieuw bericht is, met een link. " +
            "De ETag is de versie om in If-Match mee te sturen bij een wijziging.");
        api.MapPut("/meldingvoorkeuren", WijzigVoorkeuren).WithName("wijzigMeldingvoorkeuren").Beschrijf(Tag,
            "Wijzig welke meldingen u wilt krijgen",
            "Noem per soort of u haar in de app en per e-mail wilt; een soort die u niet noemt, blijft zoals zij was. " +
            "If-Match met de ETag is verplicht (\"0\" zolang u niets hebt gewijzigd).");
    }

    private static Task<Results<Ok<MeldingLijstDto>, ProblemHttpResult>> GeefMeldingen(
        [FromQuery] bool? alleenOngelezen, [FromQuery] string? cursor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefMeldingenQuery(alleenOngelezen, cursor, pageSize), http, ct);

    private static Task<Results<Ok<AantalOngelezenDto>, ProblemHttpResult>> GeefAantalOngelezen(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefAantalOngelezenQuery(), http, ct);

    private static Task<Results<Ok<MeldingDto>, ProblemHttpResult>> MarkeerGelezen(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new MarkeerGelezenCommand(id), http, ct);

    private static Task<Results<Ok<AllesGelezenDto>, ProblemHttpResult>> MarkeerAllesGelezen(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new MarkeerAllesGelezenCommand(), http, ct);

    private static Task<Results<Ok<MeldingvoorkeurenDto>, ProblemHttpResult>> GeefVoorkeuren(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefMeldingvoorkeurenQuery(), http, ct);

    private static Task<Results<Ok<MeldingvoorkeurenDto>, ProblemHttpResult>> WijzigVoorkeuren(
        MeldingvoorkeurenVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new WijzigMeldingvoorkeurenCommand(http.VerwachteVersie(), v.Lees()), http, ct);
}
