using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Application.Platform.Commands.DeactiveerPlatformgebruiker;
using PassendOnderwijs.Application.Platform.Commands.MaakPlatformgebruiker;
using PassendOnderwijs.Application.Platform.Commands.VernieuwPlatformActivatiecode;
using PassendOnderwijs.Application.Platform.Queries.GeefPlatformgebruikers;

namespace PassendOnderwijs.Api.Endpoints.Platform;

/// <summary>
/// The accounts of the platform itself, kept by a platform-beheerder: more platform-beheerders and the
/// register-beheerders of the national register. None belongs to a samenwerkingsverband.
/// </summary>
internal static class PlatformgebruikerEndpoints
{
    private const string Tag = "Platform";
    private const string Pad = "/platform-gebruikers";
    private const string Gebruiker = Pad + "/{id:guid}";

    public static void MapPlatformgebruikers(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, GeefPlatformgebruikers).WithName("geefPlatformgebruikers").Beschrijf(Tag,
            "De accounts van het platform",
            "Platform-beheerders en register-beheerders, met hun status. Zij horen bij geen samenwerkingsverband.");
        api.MapPost(Pad, MaakPlatformgebruiker).WithName("maakPlatformgebruiker").Beschrijf(Tag,
            "Maak een account van het platform aan",
            "Een platform-beheerder (zodat het platform niet van één persoon afhangt) of een register-beheerder van het " +
            "landelijke register van onderwijsbegeleidingsaanbieders. Het antwoord bevat eenmalig een activeringscode " +
            "(7 dagen geldig) waarmee de persoon op /activeren zelf een wachtwoord kiest.");
        api.MapPost(Gebruiker + "/activatiecode", VernieuwActivatiecode).WithName("vernieuwPlatformActivatiecode")
            .MetParameter(ContractParameters.GebruikerId).Beschrijf(Tag,
                "Geef een account van het platform een nieuwe activeringscode",
                "Voor een account dat nog op activering wacht (de eerste code is kwijt of verlopen) of waarvan de persoon het " +
                "wachtwoord vergeten is; de vorige code werkt niet meer. Het huidige wachtwoord werkt tot de code gebruikt is. " +
                "409 voor een gedeactiveerd account.");
        api.MapPost(Gebruiker + "/deactivering", Deactiveer).WithName("deactiveerPlatformgebruiker")
            .MetParameter(ContractParameters.GebruikerId).Beschrijf(Tag,
                "Deactiveer een account van het platform",
                "De persoon kan niet meer inloggen en alle tokens stoppen meteen; het account en wat de persoon deed, blijven " +
                "bewaard. Uw eigen account deactiveren kan niet (409), zodat er altijd een platform-beheerder overblijft.");
    }

    private static Task<Results<Ok<GebruikerLijstDto>, ProblemHttpResult>> GeefPlatformgebruikers(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefPlatformgebruikersQuery(), http, ct);

    private static async Task<Results<Created<NieuweGebruikerDto>, ProblemHttpResult>> MaakPlatformgebruiker(
        NieuwePlatformgebruikerVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new MaakPlatformgebruikerCommand(v.Lees()), ct).ConfigureAwait(false)).AlsNieuw(http, n => $"{Pad}/{n.Gebruiker.Id}");

    private static Task<Results<Ok<NieuweGebruikerDto>, ProblemHttpResult>> VernieuwActivatiecode(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new VernieuwPlatformActivatiecodeCommand(id), http, ct);

    private static Task<Results<Ok<GebruikerDto>, ProblemHttpResult>> Deactiveer(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new DeactiveerPlatformgebruikerCommand(id), http, ct);
}
