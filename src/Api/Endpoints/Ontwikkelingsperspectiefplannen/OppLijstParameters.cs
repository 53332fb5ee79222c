using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOpps;

namespace PassendOnderwijs.Api.Endpoints.Ontwikkelingsperspectiefplannen;

/// <summary>The query parameters of the OPP list, bound once.</summary>
internal sealed record OppLijstParameters(
    [FromQuery(Name = "leerlingId")] Guid? LeerlingId,
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "vestiging")] string? Vestiging,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "pageSize")] int? PageSize)
{
    public GeefOppsQuery AlsQuery() => new(LeerlingId, Status, Vestiging, Cursor, PageSize);
}
