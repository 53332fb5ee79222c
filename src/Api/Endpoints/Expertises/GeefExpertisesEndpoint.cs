using Mediator;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Expertises.Queries.GeefExpertises;

namespace PassendOnderwijs.Api.Endpoints.Expertises;

internal static class GeefExpertisesEndpoint
{
    public static void MapGeefExpertises(this RouteGroupBuilder api) =>
        api.MapGet(
                "/expertises",
                async ([FromQuery] string? leerjaar, ISender sender, HttpContext http, CancellationToken ct) =>
                    (await sender.Send(new GeefExpertisesQuery(leerjaar), ct).ConfigureAwait(false)).AlsAntwoord(http))
            .WithName("geefExpertises")
            .WithTags("Expertises")
            .WithSummary("De expertise-waardelijst van een leerjaar")
            .WithDescription(
                "RIO's waardelijst \"Expertises so, vso\": de expertises die een onderwijsbegeleidingsaanbieder kan " +
                "aanbieden. De lijst is per leerjaar geversioneerd; een versie geldt tot een latere versie haar vervangt. " +
                "Zonder leerjaar geldt het huidige leerjaar.")
            .MetParameter(ContractParameters.Leerjaar)
            .Produces<ExpertiseLijstDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .IsOpenbareReferentiedata();
}
