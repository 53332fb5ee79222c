using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten;
using PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten.Commands.EvalueerSamenwerkingsproject;
using PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten.Commands.LegSamenwerkingsprojectVast;
using PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten.Commands.WijzigSamenwerkingsproject;
using PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten.Queries.GeefSamenwerkingsproject;
using PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten.Queries.GeefSamenwerkingsprojecten;

namespace PassendOnderwijs.Api.Endpoints.Portfolio;

/// <summary>The samenwerkingsprojecten per regio: a plan with a budget before the year, and a yearly evaluation.</summary>
internal static class SamenwerkingsprojectEndpoints
{
    private const string Tag = "Samenwerkingsprojecten";
    private const string Pad = "/samenwerkingsprojecten";
    private const string Een = Pad + "/{id:guid}";

    public static void MapSamenwerkingsprojecten(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, GeefProjecten).WithName("geefSamenwerkingsprojecten").Beschrijf(Tag,
            "De samenwerkingsprojecten",
            "Filter op regio (de naam) en jaar. SWV-medewerkers zien alle regio's, schoolmedewerkers de projecten van de regio's van " +
            "hun eigen scholen.");
        api.MapPost(Pad, LegVast).WithName("legSamenwerkingsprojectVast").Beschrijf(Tag,
            "Leg een samenwerkingsproject met projectplan vast",
            "Met regio (uit de indeling), titel, doel, partners, het kalenderjaar, het projectplan en de begroting in euro. Een plan legt u " +
            "vast vóór het jaar begint; is het jaar al begonnen, dan is het een correctie: geef dan de reden in correctie (die staat in de " +
            "geschiedenis). Voor SWV-medewerkers.");
        api.MapGet(Een, GeefProject).WithName("geefSamenwerkingsproject").MetParameter(ContractParameters.ProjectId).Beschrijf(Tag,
            "Eén samenwerkingsproject", "Met de evaluaties en de geschiedenis; de ETag is wat een wijziging in If-Match meestuurt.");
        api.MapPut(Een, Wijzig).WithName("wijzigSamenwerkingsproject").MetParameter(ContractParameters.ProjectId).Beschrijf(Tag,
            "Wijzig een samenwerkingsproject en het projectplan",
            "Met dezelfde regels als vastleggen: zodra het jaar is begonnen alleen als correctie met een reden. If-Match met de ETag is " +
            "verplicht (428 zonder, 412 bij een verouderde versie).");
        api.MapPost(Een + "/evaluaties", Evalueer).WithName("evalueerSamenwerkingsproject").MetParameter(ContractParameters.ProjectId).Beschrijf(Tag,
            "Leg de jaarlijkse evaluatie van een project vast",
            "Per jaar (vanaf het projectjaar tot en met het huidige jaar): voortgang, resultaten, toegevoegde waarde en het bestede bedrag. " +
            "Een tweede evaluatie van hetzelfde jaar vervangt de eerste. If-Match met de ETag is verplicht.");
    }

    private static Task<Results<Ok<ProjectenDto>, ProblemHttpResult>> GeefProjecten(
        [FromQuery] string? regio, [FromQuery] int? jaar, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefSamenwerkingsprojectenQuery(regio, jaar), http, ct);

    private static async Task<Results<Created<ProjectDto>, ProblemHttpResult>> LegVast(ProjectVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new LegSamenwerkingsprojectVastCommand(v), ct).ConfigureAwait(false)).AlsNieuw(http, p => $"{Pad}/{p.Id}");

    private static Task<Results<Ok<ProjectDto>, ProblemHttpResult>> GeefProject(Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefSamenwerkingsprojectQuery(id), http, ct);

    private static Task<Results<Ok<ProjectDto>, ProblemHttpResult>> Wijzig(Guid id, ProjectVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new WijzigSamenwerkingsprojectCommand(id, http.VerwachteVersie(), v), http, ct);

    private static Task<Results<Ok<ProjectDto>, ProblemHttpResult>> Evalueer(Guid id, ProjectevaluatieVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new EvalueerSamenwerkingsprojectCommand(id, http.VerwachteVersie(), v), http, ct);
}
