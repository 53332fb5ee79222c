using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Koppelingen;
using PassendOnderwijs.Application.Koppelingen.Commands.RegistreerKoppeling;
using PassendOnderwijs.Application.Koppelingen.Commands.TrekKoppelingIn;
using PassendOnderwijs.Application.Koppelingen.Commands.VernieuwKoppelingGeheim;
using PassendOnderwijs.Application.Koppelingen.Commands.WijzigKoppeling;
using PassendOnderwijs.Application.Koppelingen.Queries.ExporteerKoppelingen;
using PassendOnderwijs.Application.Koppelingen.Queries.GeefKoppeling;
using PassendOnderwijs.Application.Koppelingen.Queries.GeefKoppelingen;

namespace PassendOnderwijs.Api.Endpoints.Koppelingen;

/// <summary>
/// Machine clients (LAS systems, partners) managed by an SWV administrator. The pipeline checks the role, and the
/// register only sees the caller's own samenwerkingsverband; the contract's failure responses follow from each message.
/// </summary>
internal static class KoppelingEndpoints
{
    private const string Pad = "/koppelingen";
    private const string Tag = "Koppelingen";
    private const string Koppeling = Pad + "/{clientId}";

    public static void MapKoppelingen(this RouteGroupBuilder api)
    {
        api.MapPost(Pad, Registreer).WithName("registreerKoppeling").Beschrijf(Tag, 
            "Registreer een koppeling (LAS of partner)",
            "Alleen voor de beheerder van een samenwerkingsverband. Zonder publiekeSleutels krijgt de koppeling een " +
            "geheim (client_secret_basic) dat alleen in dit antwoord staat; met een JSON Web Key Set meldt de " +
            "koppeling zich aan met private_key_jwt en bestaat er geen geheim.");
        api.MapGet(Pad, GeefKoppelingen).WithName("geefKoppelingen").Beschrijf(Tag, 
            "De koppelingen van uw samenwerkingsverband",
            "Alleen voor de beheerder van een samenwerkingsverband; koppelingen van andere samenwerkingsverbanden zijn niet zichtbaar. Geheimen staan er nooit in.");
        api.MapGet(Pad + "/export", Exporteer).WithName("exporteerKoppelingen").AlsTabelbestand().Beschrijf(Tag,
            "Exporteer de koppelingen als CSV of Excel",
            "Naam, client-id, wat elke koppeling mag, voor welke scholen en hoe ze zich aanmeldt, als de lijst /koppelingen; " +
            "nooit een geheim. Vraag met Accept: text/csv of " + XlsxTabel.Mediatype + ". Alleen voor de beheerder van een samenwerkingsverband; de export staat in het auditlog.");
        api.MapGet(Koppeling, GeefKoppeling).WithName("geefKoppeling").AlsKoppeling(
            "Eén koppeling", "Een koppeling van een ander samenwerkingsverband geeft 404, alsof ze niet bestaat.");
        api.MapPut(Koppeling, Wijzig).WithName("wijzigKoppeling").AlsKoppeling(
            "Wijzig wat een koppeling mag en voor welke scholen",
            "Vervangt naam, scopes en vestigingen in één keer; alle problemen in de invoer staan samen in het antwoord. De " +
            "tokens die de koppeling al had, werken meteen niet meer: ze droegen de oude rechten. Het geheim of de sleutels " +
            "blijven geldig. Wijzigt iemand anders de koppeling op hetzelfde moment, dan geldt die wijziging en is dit een 409.");
        api.MapPost(Koppeling + "/geheimen", VernieuwGeheim).WithName("vernieuwKoppelingGeheim").AlsKoppeling(
            "Geef een koppeling een nieuw geheim",
            "Het oude geheim en alle tokens die de koppeling al had, werken meteen niet meer. Het nieuwe geheim staat alleen in dit antwoord.");
        api.MapDelete(Koppeling, TrekIn).WithName("trekKoppelingIn").AlsKoppeling(
            "Trek een koppeling in",
            "De koppeling krijgt geen tokens meer, en de tokens die ze heeft werken meteen niet meer. Wijzigt iemand anders de " +
            "koppeling op hetzelfde moment, dan geldt die wijziging en is dit een 409.");
    }

    private static async Task<Results<Created<NieuweKoppelingDto>, ProblemHttpResult>> Registreer(
        NieuweKoppelingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new RegistreerKoppelingCommand(v.Lees()), ct).ConfigureAwait(false))
            .AlsNieuw(http, n => $"{Pad}/{n.Koppeling.ClientId}");

    private static Task<Results<Ok<KoppelingLijstDto>, ProblemHttpResult>> GeefKoppelingen(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefKoppelingenQuery(), http, ct);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Exporteer(ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new ExporteerKoppelingenQuery(), ct).ConfigureAwait(false)).AlsBestand(KoppelingTabel.Tabel, http);

    private static Task<Results<Ok<KoppelingDto>, ProblemHttpResult>> GeefKoppeling(
        string clientId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefKoppelingQuery(clientId), http, ct);

    private static Task<Results<Ok<KoppelingDto>, ProblemHttpResult>> Wijzig(
        string clientId, WijzigKoppelingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new WijzigKoppelingCommand(clientId, v.Lees()), http, ct);

    private static async Task<Results<Created<NieuwGeheimDto>, ProblemHttpResult>> VernieuwGeheim(
        string clientId, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new VernieuwKoppelingGeheimCommand(clientId), ct).ConfigureAwait(false))
            .AlsNieuw(http, g => $"{Pad}/{g.ClientId}");

    private static async Task<Results<NoContent, ProblemHttpResult>> TrekIn(
        string clientId, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new TrekKoppelingInCommand(clientId), ct).ConfigureAwait(false)).AlsGeenInhoud(http);

    private static RouteHandlerBuilder AlsKoppeling(this RouteHandlerBuilder builder, string samenvatting, string beschrijving) => builder
        .MetParameter(ContractParameters.ClientId)
        .Beschrijf(Tag, samenvatting, beschrijving);
}
