using System.Text.Json.Serialization;
using Mediator;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementOverzicht;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Arrangementen.Queries.ExporteerArrangementen;

/// <summary>
/// Every arrangement of the overview's selection (same filters, no pages), as the overview's rows, for a file. Only SWV
/// staff export: a whole list of pupils leaving the application is the SWV's decision, not a school's.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[Audit(AuditActie.Exporteren, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record ExporteerArrangementenQuery(
    [property: CodeUit<ArrangementStatus>] string? Status,
    [property: CodeUit<SoortArrangement>] string? Soort,
    string? Vestiging,
    Guid? LeerlingId,
    DateOnly? PeriodeVan,
    DateOnly? PeriodeTot,
    bool? EvaluatieVerlopen) : IQuery<Result<ArrangementExportDto>>, IArrangementSelectie
{
    [JsonIgnore]
    public string? Cursor => null;

    [JsonIgnore]
    public int? PageSize => null;
}

/// <summary>The rows of an export; each pupil in it gets an audit record of its own.</summary>
public sealed record ArrangementExportDto(IReadOnlyList<ArrangementSamenvattingDto> Arrangementen) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Arrangementen;
}
