using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Deskundigen;
using PassendOnderwijs.Application.Deskundigen.Commands.DeactiveerDeskundige;
using PassendOnderwijs.Application.Deskundigen.Commands.HeractiveerDeskundige;
using PassendOnderwijs.Application.Deskundigen.Commands.RegistreerDeskundige;
using PassendOnderwijs.Application.Deskundigen.Commands.WijzigDeskundige;
using PassendOnderwijs.Application.Deskundigen.Queries.ExporteerDeskundigen;
using PassendOnderwijs.Application.Deskundigen.Queries.GeefDeskundige;
using PassendOnderwijs.Application.Deskundigen.Queries.GeefDeskundigeAccounts;
using PassendOnderwijs.Application.Deskundigen.Queries.GeefDeskundigen;

namespace PassendOnderwijs.Api.Endpoints.Deskundigen;

/// <summary>
/// The samenwerkingsverband's register of deskundigen who advise on toelaatbaarheidsverklaringen, kept by its staff.
/// The contract's failure responses follow from each message (its access rule, <c>KanFalen</c> and If-Match).
/// </summary>
internal static class DeskundigeEndpoints
{
    private const string Tag = "Deskundigen";
    private const string Pad = "/deskundigen";
    private const string Een = Pad + "/{id:guid}";

    public static void MapDeskundigen(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, GeefDeskundigen).WithName("geefDeskundigen").Beschrijf(Tag,
            "Het register van deskundigen van uw samenwerkingsverband",
            "Zoek op (een deel van) de naam; filter op discipline en op actief (true of false, anders allebei); sorteer op naam " +
            "(standaard), discipline of werkgever, aflopend met een minteken. Pagina's van hoogstens 500 (standaard 50) met een " +
            "cursor; totaal is het aantal gevonden deskundigen over alle pagina's. Voor SWV-medewerkers en de beheerder.");
        api.MapPost(Pad, Registreer).WithName("registreerDeskundige").Beschrijf(Tag,
            "Registreer een deskundige",
            "Met naam, discipline, eventueel beroepsregister en registratienummer (allebei of geen van beide), werkgever en, als " +
            "een schoolbestuur of school van het samenwerkingsverband de werkgever is, dat bestuur of die school: een deskundige " +
            "mag geen advies geven over een leerling van de school die de toelaatbaarheidsverklaring aanvraagt. Eventueel het " +
            "account (met de rol deskundige) waaronder de deskundige adviezen schrijft; één account hoort bij één deskundige (anders 409).");
        api.MapGet(Pad + "/export", Exporteer).WithName("exporteerDeskundigen").AlsTabelbestand().Beschrijf(Tag,
            "Exporteer het register van deskundigen als CSV of Excel",
            "Dezelfde selectie en volgorde als de lijst /deskundigen, zonder pagina's. Vraag met Accept: text/csv of " +
            XlsxTabel.Mediatype + ". Voor SWV-medewerkers en de beheerder; de export staat in het auditlog.");
        api.MapGet(Pad + "/accounts", GeefAccounts).WithName("geefDeskundigeAccounts").Beschrijf(Tag,
            "De actieve accounts met de rol deskundige, om aan het register te koppelen",
            "Alleen id en naam, en het id van de deskundige waaraan het account al gekoppeld is. Voor SWV-medewerkers en de beheerder.");
        api.MapGet(Een, GeefDeskundige).WithName("geefDeskundige").MetParameter(ContractParameters.DeskundigeId).Beschrijf(Tag,
            "Eén deskundige uit het register", "De ETag is wat een wijziging in If-Match meestuurt.");
        api.MapPut(Een, Wijzig).WithName("wijzigDeskundige").MetParameter(ContractParameters.DeskundigeId).Beschrijf(Tag,
            "Wijzig wat het register over een deskundige zegt",
            "Vervangt alles behalve of de deskundige actief is, met dezelfde regels als registreren; If-Match met de ETag is " +
            "verplicht (428 zonder, 412 bij een verouderde versie).");
        api.MapPost(Een + "/deactivering", Deactiveer).WithName("deactiveerDeskundige").MetParameter(ContractParameters.DeskundigeId).Beschrijf(Tag,
            "Deactiveer een deskundige",
            "De deskundige krijgt geen nieuwe adviesvragen meer. Hij blijft in het register, want gegeven adviezen verwijzen naar hem.");
        api.MapPost(Een + "/heractivering", Heractiveer).WithName("heractiveerDeskundige").MetParameter(ContractParameters.DeskundigeId).Beschrijf(Tag,
            "Activeer een gedeactiveerde deskundige weer", "De deskundige kan weer gevraagd worden voor een advies.");
    }

    private static async Task<Results<Ok<DeskundigenDto>, ProblemHttpResult>> GeefDeskundigen(
        [FromQuery] string? zoek, [FromQuery] string? discipline, [FromQuery] bool? actief, [FromQuery] string? sorteer,
        [FromQuery] string? cursor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct)
    {
        var uitkomst = await sender.Send(new GeefDeskundigenQuery(zoek, discipline, actief, sorteer, cursor, pageSize), ct).ConfigureAwait(false);
        if (uitkomst.Lukt(out var pagina) && pagina.VolgendeCursor is { } volgende)
        {
            VolgendePagina.ZetLink(http, Pad, "cursor", volgende);
        }

        return uitkomst.AlsAntwoord(http);
    }

    private static async Task<Results<Created<DeskundigeDto>, ProblemHttpResult>> Registreer(
        DeskundigeVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new RegistreerDeskundigeCommand(v.Lees()), ct).ConfigureAwait(false)).AlsNieuw(http, d => $"{Pad}/{d.Id}");

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Exporteer(
        [FromQuery] string? zoek, [FromQuery] string? discipline, [FromQuery] bool? actief, [FromQuery] string? sorteer,
        ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new ExporteerDeskundigenQuery(zoek, discipline, actief, sorteer), ct).ConfigureAwait(false))
            .AlsBestand(DeskundigeTabel.Tabel, http);

    private static Task<Results<Ok<DeskundigeAccountsDto>, ProblemHttpResult>> GeefAccounts(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefDeskundigeAccountsQuery(), http, ct);

    private static Task<Results<Ok<DeskundigeDto>, ProblemHttpResult>> GeefDeskundige(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefDeskundigeQuery(id), http, ct);

    private static Task<Results<Ok<DeskundigeDto>, ProblemHttpResult>> Wijzig(
        Guid id, DeskundigeVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new WijzigDeskundigeCommand(id, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<DeskundigeDto>, ProblemHttpResult>> Deactiveer(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new DeactiveerDeskundigeCommand(id), http, ct);

    private static Task<Results<Ok<DeskundigeDto>, ProblemHttpResult>> Heractiveer(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new HeractiveerDeskundigeCommand(id), http, ct);
}
