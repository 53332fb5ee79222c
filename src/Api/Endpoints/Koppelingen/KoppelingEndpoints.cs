using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Mediator;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Koppelingen;
using PassendOnderwijs.Application.Koppelingen.Commands.RegistreerKoppeling;
using PassendOnderwijs.Application.Koppelingen.Commands.TrekKoppelingIn;
using PassendOnderwijs.Application.Koppelingen.Commands.VernieuwKoppelingGeheim;
using PassendOnderwijs.Application.Koppelingen.Queries.GeefKoppeling;
using PassendOnderwijs.Application.Koppelingen.Queries.GeefKoppelingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Api.Endpoints.Koppelingen;

/// <summary>
/// Machine clients (LAS systems, partners) managed by an SWV administrator. One small endpoint per use case; the
/// pipeline checks the role, and the register only sees the caller's own samenwerkingsverband.
/// </summary>
internal static class KoppelingEndpoints
{
    private const string Tag = "Koppelingen";

    public static void MapKoppelingen(this RouteGroupBuilder api)
    {
        api.MapPost("/koppelingen", async (NieuweKoppelingVerzoek verzoek, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var sleutels = verzoek.PubliekeSleutels is { ValueKind: not JsonValueKind.Null } s ? s.GetRawText() : null;
                var uitkomst = await sender.Send(new RegistreerKoppelingCommand(verzoek.Naam, verzoek.Scopes, sleutels, verzoek.Vestigingen), ct).ConfigureAwait(false);
                return uitkomst.IsGelukt
                    ? TypedResults.Created($"{ApiOpties.Basispad}/koppelingen/{uitkomst.Waarde.Koppeling.ClientId}", uitkomst.Waarde)
                    : (IResult)ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
            })
            .WithName("registreerKoppeling")
            .WithTags(Tag)
            .WithSummary("Registreer een koppeling (LAS of partner)")
            .WithDescription(
                "Alleen voor de beheerder van een samenwerkingsverband. Zonder publiekeSleutels krijgt de koppeling een " +
                "geheim (client_secret_basic) dat alleen in dit antwoord staat; met een JSON Web Key Set meldt de " +
                "koppeling zich aan met private_key_jwt en bestaat er geen geheim.")
            .Accepts<NieuweKoppelingVerzoek>("application/json")
            .Produces<NieuweKoppelingDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization();

        api.MapGet("/koppelingen", async (ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GeefKoppelingenQuery(), ct).ConfigureAwait(false)).AlsAntwoord(http))
            .WithName("geefKoppelingen")
            .WithTags(Tag)
            .WithSummary("De koppelingen van je samenwerkingsverband")
            .WithDescription("Alleen voor de beheerder van een samenwerkingsverband; koppelingen van andere samenwerkingsverbanden zijn niet zichtbaar. Geheimen staan er nooit in.")
            .Produces<KoppelingLijstDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization();

        api.MapGet("/koppelingen/{clientId}", async (string clientId, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GeefKoppelingQuery(clientId), ct).ConfigureAwait(false)).AlsAntwoord(http))
            .WithName("geefKoppeling")
            .MetParameter(ContractParameters.ClientId)
            .WithTags(Tag)
            .WithSummary("Eén koppeling")
            .WithDescription("Een koppeling van een ander samenwerkingsverband geeft 404, alsof ze niet bestaat.")
            .Produces<KoppelingDto>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization();

        api.MapPost("/koppelingen/{clientId}/geheimen", async (string clientId, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var uitkomst = await sender.Send(new VernieuwKoppelingGeheimCommand(clientId), ct).ConfigureAwait(false);
                return uitkomst.IsGelukt
                    ? TypedResults.Created($"{ApiOpties.Basispad}/koppelingen/{clientId}", uitkomst.Waarde)
                    : (IResult)ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
            })
            .WithName("vernieuwKoppelingGeheim")
            .MetParameter(ContractParameters.ClientId)
            .WithTags(Tag)
            .WithSummary("Geef een koppeling een nieuw geheim")
            .WithDescription("Het oude geheim en alle tokens die de koppeling al had, werken meteen niet meer. Het nieuwe geheim staat alleen in dit antwoord.")
            .Produces<NieuwGeheimDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization();

        api.MapDelete("/koppelingen/{clientId}", async (string clientId, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var uitkomst = await sender.Send(new TrekKoppelingInCommand(clientId), ct).ConfigureAwait(false);
                return uitkomst.IsGelukt ? TypedResults.NoContent() : (IResult)ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
            })
            .WithName("trekKoppelingIn")
            .MetParameter(ContractParameters.ClientId)
            .WithTags(Tag)
            .WithSummary("Trek een koppeling in")
            .WithDescription(
                "De koppeling krijgt geen tokens meer, en de tokens die ze heeft werken meteen niet meer. Wijzigt iemand anders de " +
                "koppeling op hetzelfde moment, dan geldt die wijziging en is dit een 409.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization();
    }
}

/// <param name="PubliekeSleutels">A JSON Web Key Set (RFC 7517) with the client's public keys, for private_key_jwt.</param>
/// <remarks>The attributes write the validator's rules into the contract; the validator enforces them.</remarks>
internal sealed record NieuweKoppelingVerzoek(
    [property: Required, MaxLength(RegistreerKoppelingValidator.MaximaleLengteNaam)] string? Naam,
    [property: Required, MinLength(1), ScopeCodes] IReadOnlyList<string>? Scopes,
    JsonElement? PubliekeSleutels,
    [property: Elementen(Patroon = VestigingCode.Patroon)] IReadOnlyList<string>? Vestigingen);
