using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Application.Gebruikers.Commands.DeactiveerGebruiker;
using PassendOnderwijs.Application.Gebruikers.Commands.VernieuwActivatiecode;
using PassendOnderwijs.Application.Gebruikers.Commands.RegistreerGebruiker;
using PassendOnderwijs.Application.Gebruikers.Commands.WijzigFuncties;
using PassendOnderwijs.Application.Gebruikers.Queries.ExporteerGebruikers;
using PassendOnderwijs.Application.Gebruikers.Queries.GeefExperts;
using PassendOnderwijs.Application.Gebruikers.Queries.GeefGebruikers;

namespace PassendOnderwijs.Api.Endpoints.Gebruikers;

/// <summary>
/// Accounts of people, managed by an SWV administrator within their own samenwerkingsverband. The contract's failure
/// responses follow from each message (its access rule and <c>KanFalen</c>).
/// </summary>
internal static class GebruikerEndpoints
{
    private const string Pad = "/gebruikers";
    private const string Tag = "Gebruikers";

    public static void MapGebruikers(this RouteGroupBuilder api)
    {
        api.MapPost(Pad, Registreer).WithName("registreerGebruiker").Beschrijf(Tag, 
            "Maak een account aan",
            "Alleen voor de beheerder van een samenwerkingsverband; het account hoort bij diens samenwerkingsverband. " +
            "Het antwoord bevat eenmalig een activeringscode (7 dagen geldig) waarmee de persoon op /activeren zelf " +
            "een wachtwoord kiest. Een medewerker van een school hoort bij minstens één vestiging.");
        api.MapGet(Pad, GeefGebruikers).WithName("geefGebruikers").Beschrijf(Tag, 
            "De accounts van uw samenwerkingsverband", "Alleen voor de beheerder van een samenwerkingsverband.");
        api.MapGet(Pad + "/export", Exporteer).WithName("exporteerGebruikers").AlsTabelbestand().Beschrijf(Tag,
            "Exporteer de accounts als CSV of Excel",
            "Naam, e-mailadres, rol, scholen en status van elk account, als de lijst /gebruikers. Vraag met Accept: text/csv of " +
            XlsxTabel.Mediatype + ". Alleen voor de beheerder van een samenwerkingsverband; de export staat in het auditlog.");
        api.MapGet("/experts", GeefExperts).WithName("geefExperts").Beschrijf(Tag, 
            "De actieve experts van uw samenwerkingsverband",
            "Om uit te kiezen: als betrokkene bij een leerling, of als uitvoerder van een arrangement (uitvoerder.expertId). " +
            "Alleen id en naam. Voor SWV-medewerkers en medewerkers van een school.");
        api.MapPost(Pad + "/{id:guid}/deactivering", Deactiveer).WithName("deactiveerGebruiker").MetParameter(ContractParameters.GebruikerId).Beschrijf(Tag, 
            "Deactiveer een account",
            "De persoon kan niet meer inloggen en alle tokens stoppen meteen. Het account en wat de persoon deed, blijven bewaard.");
        api.MapPost(Pad + "/{id:guid}/functies", WijzigFuncties).WithName("wijzigFuncties").MetParameter(ContractParameters.GebruikerId).Beschrijf(Tag,
            "Geef een medewerker van het samenwerkingsverband functies",
            "Vervangt de functies van het account (regionaal procesbegeleider, beleidsmedewerker, manager ondersteuning) door " +
            "deze lijst; een lege lijst neemt ze alle weg. Alleen een medewerker van het samenwerkingsverband kan een functie " +
            "hebben. De functies staan in de tokens: alle tokens van het account stoppen meteen en de persoon meldt zich opnieuw aan.");
        api.MapPost(Pad + "/{id:guid}/activatiecode", VernieuwActivatiecode).WithName("vernieuwActivatiecode").MetParameter(ContractParameters.GebruikerId)
            .Beschrijf(Tag,
                "Geef een nieuwe activeringscode",
                "Voor een account dat nog op activering wacht (de eerste code is kwijt of verlopen) of waarvan de persoon het " +
                "wachtwoord vergeten is: met de code kiest de persoon op /activeren een (nieuw) wachtwoord. Het antwoord bevat " +
                "eenmalig de nieuwe code (7 dagen geldig); de vorige code werkt niet meer. Het huidige wachtwoord werkt tot de " +
                "code gebruikt is; daarna stoppen ook alle tokens van het account. 409 voor een gedeactiveerd account.");
    }

    private static async Task<Results<Created<NieuweGebruikerDto>, ProblemHttpResult>> Registreer(
        NieuweGebruikerVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new RegistreerGebruikerCommand(v.Lees()), ct).ConfigureAwait(false))
            .AlsNieuw(http, n => $"{Pad}/{n.Gebruiker.Id}");

    private static Task<Results<Ok<GebruikerLijstDto>, ProblemHttpResult>> GeefGebruikers(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefGebruikersQuery(), http, ct);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Exporteer(ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new ExporteerGebruikersQuery(), ct).ConfigureAwait(false)).AlsBestand(GebruikerTabel.Tabel, http);

    private static Task<Results<Ok<ExpertLijstDto>, ProblemHttpResult>> GeefExperts(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefExpertsQuery(), http, ct);

    private static Task<Results<Ok<NieuweGebruikerDto>, ProblemHttpResult>> VernieuwActivatiecode(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new VernieuwActivatiecodeCommand(id), http, ct);

    private static Task<Results<Ok<GebruikerDto>, ProblemHttpResult>> WijzigFuncties(
        Guid id, FunctiesVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new WijzigFunctiesCommand(id, v.Lees()), http, ct);

    private static Task<Results<Ok<GebruikerDto>, ProblemHttpResult>> Deactiveer(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new DeactiveerGebruikerCommand(id), http, ct);
}
