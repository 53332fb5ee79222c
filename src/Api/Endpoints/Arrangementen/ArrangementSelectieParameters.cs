using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Application.Arrangementen.Queries.ExporteerArrangementen;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementen;
using PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementOverzicht;

namespace PassendOnderwijs.Api.Endpoints.Arrangementen;

/// <summary>The query parameters of both arrangement lists (<c>IArrangementSelectie</c>), bound once.</summary>
internal sealed record ArrangementSelectieParameters(
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "soort")] string? Soort,
    [FromQuery(Name = "vestiging")] string? Vestiging,
    [FromQuery(Name = "leerlingId")] Guid? LeerlingId,
    [FromQuery(Name = "periodeVan")] DateOnly? PeriodeVan,
    [FromQuery(Name = "periodeTot")] DateOnly? PeriodeTot,
    [FromQuery(Name = "evaluatieVerlopen")] bool? EvaluatieVerlopen,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "pageSize")] int? PageSize)
{
    public GeefArrangementenQuery AlsLijst() =>
        new(Status, Soort, Vestiging, LeerlingId, PeriodeVan, PeriodeTot, EvaluatieVerlopen, Cursor, PageSize);

    public GeefArrangementOverzichtQuery AlsOverzicht() =>
        new(Status, Soort, Vestiging, LeerlingId, PeriodeVan, PeriodeTot, EvaluatieVerlopen, Cursor, PageSize);
}

/// <summary>The filters of the arrangement lists without cursor and page size: an export has no pages.</summary>
internal sealed record ArrangementExportParameters(
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "soort")] string? Soort,
    [FromQuery(Name = "vestiging")] string? Vestiging,
    [FromQuery(Name = "leerlingId")] Guid? LeerlingId,
    [FromQuery(Name = "periodeVan")] DateOnly? PeriodeVan,
    [FromQuery(Name = "periodeTot")] DateOnly? PeriodeTot,
    [FromQuery(Name = "evaluatieVerlopen")] bool? EvaluatieVerlopen)
{
    public ExporteerArrangementenQuery AlsExport() => new(Status, Soort, Vestiging, LeerlingId, PeriodeVan, PeriodeTot, EvaluatieVerlopen);
}
