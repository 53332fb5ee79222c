using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementOverzicht;

/// <summary>
/// The same selection and pages as <c>GeefArrangementenQuery</c>, but each arrangement as the row a screen shows:
/// no goals, support needs, decision, evaluations or history leave the server for a list, and the page is one SQL
/// query that reads only those columns. People only: a LAS keeps a full copy through the whole list and the feed.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert])]
[Audit(AuditActie.Lezen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record GeefArrangementOverzichtQuery(
    [property: CodeUit<ArrangementStatus>] string? Status,
    [property: CodeUit<SoortArrangement>] string? Soort,
    string? Vestiging,
    Guid? LeerlingId,
    DateOnly? PeriodeVan,
    DateOnly? PeriodeTot,
    bool? EvaluatieVerlopen,
    string? Cursor,
    [property: Range(1, Syncfeed.MaximalePageSize)] int? PageSize) : IQuery<Result<ArrangementOverzichtDto>>, IArrangementSelectie;

/// <param name="VolgendeCursor">Null on the last page.</param>
public sealed record ArrangementOverzichtDto(IReadOnlyList<ArrangementSamenvattingDto> Arrangementen, string? VolgendeCursor) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Arrangementen;
}

/// <summary>One arrangement as a list shows it.</summary>
public sealed record ArrangementSamenvattingDto : IAuditResultaat
{
    public required Guid Id { get; init; }

    /// <summary>Read for the pupil's name (filled in after the projection), not sent.</summary>
    [JsonIgnore]
    public Guid LeerlingId { get; init; }

    [JsonIgnore]
    public SwvCode Samenwerkingsverband { get; init; } = null!;

    public required LeerlingNaam Leerling { get; init; }

    public required string Vestiging { get; init; }

    [CodeUit<SoortArrangement>]
    public required string Soort { get; init; }

    [CodeUit<ArrangementStatus>]
    public required string Status { get; init; }

    public required DateOnly Ingangsdatum { get; init; }

    public required DateOnly Einddatum { get; init; }

    /// <summary>The SWV's target date for its decision (six weeks after the request).</summary>
    public required DateOnly Behandeldeadline { get; init; }

    public DateOnly? VolgendeEvaluatieUiterlijk { get; init; }

    /// <summary>Active and past the date by which it should have been evaluated.</summary>
    public required bool EvaluatieVerlopen { get; init; }

    public required long Versie { get; init; }

    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Leerling.Id;
}
