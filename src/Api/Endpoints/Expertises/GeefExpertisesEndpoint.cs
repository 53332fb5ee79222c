using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Expertises.Queries.GeefExpertises;

namespace PassendOnderwijs.Api.Endpoints.Expertises;

/// <summary>The public expertise waardelijst per leerjaar; its failure responses follow from the query.</summary>
internal static class GeefExpertisesEndpoint
{
    public static void MapGeefExpertises(this RouteGroupBuilder api) =>
        api.MapGet("/expertises", GeefExpertises).WithName("geefExpertises").AlsWaardelijst(
            "De expertise-waardelijst van een leerjaar",
            "RIO's waardelijst \"Expertises so, vso\": de expertises die een onderwijsbegeleidingsaanbieder kan " +
            "aanbieden. De lijst is per leerjaar geversioneerd; een versie geldt tot een latere versie haar vervangt. " +
            "Zonder leerjaar geldt het huidige leerjaar.");

    private static Task<Results<Ok<ExpertiseLijstDto>, ProblemHttpResult>> GeefExpertises(
        [FromQuery] string? leerjaar, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefExpertisesQuery(leerjaar), http, ct);

    /// <summary>Public reference data for a leerjaar (the same for both expertise endpoints).</summary>
    internal static RouteHandlerBuilder AlsWaardelijst(this RouteHandlerBuilder builder, string samenvatting, string beschrijving) => builder
        .WithTags("Expertises")
        .WithSummary(samenvatting)
        .WithDescription(beschrijving)
        .MetParameter(ContractParameters.Leerjaar)
        .IsOpenbareReferentiedata();
}
