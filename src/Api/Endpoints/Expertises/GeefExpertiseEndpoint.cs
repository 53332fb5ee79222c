using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Expertises;
using PassendOnderwijs.Application.Expertises.Queries.GeefExpertise;

namespace PassendOnderwijs.Api.Endpoints.Expertises;

/// <summary>One expertise of the public waardelijst; its failure responses follow from the query.</summary>
internal static class GeefExpertiseEndpoint
{
    public static void MapGeefExpertise(this RouteGroupBuilder api) =>
        api.MapGet("/expertises/{code}", GeefExpertise).WithName("geefExpertise").MetParameter(ContractParameters.ExpertiseCode).AlsWaardelijst(
            "Eén expertise uit de waardelijst van een leerjaar",
            "Zonder leerjaar geldt het huidige leerjaar. Een code die in dat leerjaar niet op de lijst staat, geeft 404.");

    private static Task<Results<Ok<ExpertiseDto>, ProblemHttpResult>> GeefExpertise(
        string code, [FromQuery] string? leerjaar, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefExpertiseQuery(code, leerjaar), http, ct);
}
