using Mediator;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Expertises;
using PassendOnderwijs.Application.Expertises.Queries.GeefExpertise;

namespace PassendOnderwijs.Api.Endpoints.Expertises;

internal static class GeefExpertiseEndpoint
{
    public static void MapGeefExpertise(this RouteGroupBuilder api) =>
        api.MapGet(
                "/expertises/{code}",
                async (string code, [FromQuery] string? leerjaar, ISender sender, HttpContext http, CancellationToken ct) =>
                    (await sender.Send(new GeefExpertiseQuery(code, leerjaar), ct).ConfigureAwait(false)).AlsAntwoord(http))
            .WithName("geefExpertise")
            .WithTags("Expertises")
            .WithSummary("Eén expertise uit de waardelijst van een leerjaar")
            .WithDescription("Zonder leerjaar geldt het huidige leerjaar. Een code die in dat leerjaar niet op de lijst staat, geeft 404.")
            .MetParameter(ContractParameters.ExpertiseCode)
            .MetParameter(ContractParameters.Leerjaar)
            .Produces<ExpertiseDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .IsOpenbareReferentiedata();
}
