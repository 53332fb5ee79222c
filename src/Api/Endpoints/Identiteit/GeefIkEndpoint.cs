using Mediator;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Identiteit.Queries.GeefIk;

namespace PassendOnderwijs.Api.Endpoints.Identiteit;

internal static class GeefIkEndpoint
{
    public static void MapGeefIk(this RouteGroupBuilder api) =>
        api.MapGet(
                "/ik",
                async (ISender sender, HttpContext http, CancellationToken ct) =>
                    (await sender.Send(new GeefIkQuery(), ct).ConfigureAwait(false)).AlsAntwoord(http))
            .WithName("geefIk")
            .WithTags("Identiteit")
            .WithSummary("Wie de API denkt dat je bent")
            .WithDescription(
                "Het onderwerp van het access token: een gebruiker of een client (bijvoorbeeld een LAS), met " +
                "samenwerkingsverband, rollen en scopes. Handig om een koppeling te controleren.")
            .Produces<IkDto>()
            .RequireAuthorization();
}
