using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Middelen;
using PassendOnderwijs.Domain.Portfolio.Samenwerkingsprojecten;

namespace PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten;

/// <summary>A samenwerkingsproject of a regio with its plan, budget and yearly evaluations.</summary>
/// <param name="Jaar">The calendar year the plan is for.</param>
/// <param name="Begroting">The budget, in euro.</param>
/// <param name="PlanVastgelegdOp">When the plan was last recorded or changed.</param>
/// <param name="Gecorrigeerd">Whether the plan was recorded or changed after its year had begun (the reason is in the history).</param>
/// <param name="Versie">Send it back in If-Match with a change or an evaluation.</param>
public sealed record ProjectDto(
    Guid Id,
    string Regio,
    string Titel,
    string Doel,
    IReadOnlyList<string> Partners,
    int Jaar,
    string Projectplan,
    decimal Begroting,
    DateOnly PlanVastgelegdOp,
    bool Gecorrigeerd,
    IReadOnlyList<ProjectevaluatieDto> Evaluaties,
    IReadOnlyList<GebeurtenisDto> Geschiedenis,
    long Versie) : IGeversioneerd
{
    public static ProjectDto Van(Samenwerkingsproject p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(
            p.Id, p.Regio, p.Titel, p.Doel, p.Partners, p.Jaar, p.Projectplan, p.Begroting, p.PlanVastgelegdOp, p.Gecorrigeerd,
            p.Evaluaties.Select(e => new ProjectevaluatieDto(e.Jaar, e.Voortgang, e.Resultaten, e.ToegevoegdeWaarde, e.Besteed, e.VastgelegdOp)).ToList(),
            p.Gebeurtenissen.Select(g => new GebeurtenisDto(g.Op, ActorDto.Van(g.Door), g.Actie, g.Toelichting)).ToList(),
            p.Versie);
    }
}

/// <param name="Besteed">The money spent that year, in euro.</param>
public sealed record ProjectevaluatieDto(int Jaar, string Voortgang, string Resultaten, string ToegevoegdeWaarde, decimal Besteed, DateOnly VastgelegdOp);

public sealed record ProjectenDto(IReadOnlyList<ProjectDto> Projecten);

/// <summary>A project and its plan (recording it, and PUT replaces it).</summary>
/// <param name="Regio">A regio of the samenwerkingsverband's indeling, by name.</param>
/// <param name="Partners">The partners' names.</param>
/// <param name="Jaar">The calendar year of the plan: a plan is recorded before its year begins.</param>
/// <param name="Begroting">The budget, in euro.</param>
/// <param name="Correctie">The reason, when the plan's year has already begun (a plan that came late, or a change during the year); kept in the history.</param>
public sealed record ProjectVerzoek(
    [property: Required, MaxLength(120)] string? Regio,
    [property: Required, MaxLength(Samenwerkingsproject.MaximaleLengteTitel)] string? Titel,
    [property: Required, MaxLength(Samenwerkingsproject.MaximaleLengteTekst)] string? Doel,
    [property: MaxLength(Samenwerkingsproject.MaximumPartners), Elementen(MaximaleLengte = Samenwerkingsproject.MaximaleLengtePartner)] IReadOnlyList<string?>? Partners,
    [property: Required, Range(Bedrag.EersteJaar, Bedrag.LaatsteJaar)] int? Jaar,
    [property: Required, MaxLength(Samenwerkingsproject.MaximaleLengteTekst)] string? Projectplan,
    [property: Required, Range(typeof(decimal), "0", "100000000")] decimal? Begroting,
    [property: MaxLength(Samenwerkingsproject.MaximaleLengteTekst)] string? Correctie)
{
    public Projectgegevens Gegevens() => new(Regio, Titel, Doel, Partners ?? [], Jaar, Projectplan, Begroting);
}

/// <summary>The evaluation of one year of a project; a second one of the same year replaces the first.</summary>
/// <param name="Jaar">From the plan's year up to the current year.</param>
/// <param name="ToegevoegdeWaarde">What the cooperation added.</param>
/// <param name="Besteed">The money spent that year, in euro.</param>
public sealed record ProjectevaluatieVerzoek(
    [property: Required, Range(Bedrag.EersteJaar, Bedrag.LaatsteJaar)] int? Jaar,
    [property: Required, MaxLength(Samenwerkingsproject.MaximaleLengteTekst)] string? Voortgang,
    [property: Required, MaxLength(Samenwerkingsproject.MaximaleLengteTekst)] string? Resultaten,
    [property: Required, MaxLength(Samenwerkingsproject.MaximaleLengteTekst)] string? ToegevoegdeWaarde,
    [property: Required, Range(typeof(decimal), "0", "100000000")] decimal? Besteed)
{
    public Evaluatiegegevens Gegevens() => new(Jaar, Voortgang, Resultaten, ToegevoegdeWaarde, Besteed);
}

internal static class ProjectAudit
{
    public const string Soort = "samenwerkingsproject";
    public const string Doel = "Vastleggen en evalueren van de samenwerkingsprojecten van het regionale portfolio";
}

internal static class ProjectFouten
{
    public static Fout Onbekend => Fout.NietGevonden("project-onbekend", "Er is geen samenwerkingsproject met dit id dat u mag zien.");

    public static async Task<IReadOnlyList<string>> RegiosAsync(this IApplicationDbContext db, CancellationToken ct) =>
        (await db.Samenwerkingsverbanden.AsNoTracking().Select(s => s.Regios).FirstOrDefaultAsync(ct).ConfigureAwait(false) ?? []).Select(r => r.Naam).ToList();
}
