using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Identiteit.Queries.GeefIk;

namespace PassendOnderwijs.Api.Endpoints.Identiteit;

/// <summary>Who the caller is, as the API sees it.</summary>
internal static class GeefIkEndpoint
{
    public static void MapGeefIk(this RouteGroupBuilder api) =>
        api.MapGet("/ik", GeefIk)
            .WithName("geefIk")
            .WithTags("Identiteit")
            .WithSummary("Wie de API denkt dat u bent")
            .WithDescription(
                "Het onderwerp van het access token: een gebruiker of een client (bijvoorbeeld een LAS), met " +
                "samenwerkingsverband, rollen en scopes. Handig om een koppeling te controleren.")
            .RequireAuthorization();

    private static Task<Results<Ok<IkDto>, ProblemHttpResult>> GeefIk(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefIkQuery(), http, ct);
}
