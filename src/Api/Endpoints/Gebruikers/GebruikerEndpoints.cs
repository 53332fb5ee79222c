using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Application.Gebruikers.Commands.DeactiveerGebruiker;
using PassendOnderwijs.Application.Gebruikers.Commands.RegistreerGebruiker;
using PassendOnderwijs.Application.Gebruikers.Queries.GeefExperts;
using PassendOnderwijs.Application.Gebruikers.Queries.GeefGebruikers;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Api.Endpoints.Gebruikers;

/// <summary>Accounts of people, managed by an SWV administrator within their own samenwerkingsverband.</summary>
internal static class GebruikerEndpoints
{
    private const string Tag = "Gebruikers";

    public static void MapGebruikers(this RouteGroupBuilder api)
    {
        api.MapPost("/gebruikers", async (NieuweGebruikerVerzoek verzoek, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var uitkomst = await sender.Send(new RegistreerGebruikerCommand(verzoek.Email, verzoek.Naam, verzoek.Rol, verzoek.Vestigingen), ct).ConfigureAwait(false);
                return uitkomst.IsGelukt
                    ? TypedResults.Created($"{ApiOpties.Basispad}/gebruikers/{uitkomst.Waarde.Gebruiker.Id}", uitkomst.Waarde)
                    : (IResult)ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
            })
            .WithName("registreerGebruiker")
            .WithTags(Tag)
            .WithSummary("Maak een account aan")
            .WithDescription(
                "Alleen voor de beheerder van een samenwerkingsverband; het account hoort bij diens samenwerkingsverband. " +
                "Het antwoord bevat eenmalig een activeringscode (7 dagen geldig) waarmee de persoon op /activeren zelf " +
                "een wachtwoord kiest. Een medewerker van een school hoort bij minstens één vestiging.")
            .Accepts<NieuweGebruikerVerzoek>("application/json")
            .Produces<NieuweGebruikerDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization();

        api.MapGet("/gebruikers", async (ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GeefGebruikersQuery(), ct).ConfigureAwait(false)).AlsAntwoord(http))
            .WithName("geefGebruikers")
            .WithTags(Tag)
            .WithSummary("De accounts van je samenwerkingsverband")
            .WithDescription("Alleen voor de beheerder van een samenwerkingsverband.")
            .Produces<GebruikerLijstDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization();

        api.MapGet("/experts", async (ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GeefExpertsQuery(), ct).ConfigureAwait(false)).AlsAntwoord(http))
            .WithName("geefExperts")
            .WithTags(Tag)
            .WithSummary("De actieve experts van je samenwerkingsverband")
            .WithDescription(
                "Om uit te kiezen: als betrokkene bij een leerling, of als uitvoerder van een arrangement (uitvoerder.expertId). " +
                "Alleen id en naam. Voor SWV-medewerkers en medewerkers van een school.")
            .Produces<ExpertLijstDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization();

        api.MapPost("/gebruikers/{id:guid}/deactivering", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new DeactiveerGebruikerCommand(id), ct).ConfigureAwait(false)).AlsAntwoord(http))
            .WithName("deactiveerGebruiker")
            .MetParameter(ContractParameters.GebruikerId)
            .WithTags(Tag)
            .WithSummary("Deactiveer een account")
            .WithDescription("De persoon kan niet meer inloggen en alle tokens stoppen meteen. Het account en wat de persoon deed, blijven bewaard.")
            .Produces<GebruikerDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization();
    }
}

/// <remarks>The attributes write the domain's rules into the contract; the domain enforces them.</remarks>
internal sealed record NieuweGebruikerVerzoek(
    [property: Required, MaxLength(EmailAdres.MaximaleLengte)] string? Email,
    [property: Required, MaxLength(Gebruiker.MaximaleLengteNaam)] string? Naam,
    [property: Required, CodeUit<Rol>] string? Rol,
    [property: Elementen(Patroon = VestigingCode.Patroon)] IReadOnlyList<string>? Vestigingen);
