using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvs;

namespace PassendOnderwijs.Api.Endpoints.Toelaatbaarheidsverklaringen;

/// <summary>The query parameters of the TLV list, bound once.</summary>
internal sealed record TlvLijstParameters(
    [FromQuery(Name = "status")] string? Status,
    [FromQuery(Name = "soort")] string? Soort,
    [FromQuery(Name = "categorie")] string? Categorie,
    [FromQuery(Name = "leerlingId")] Guid? LeerlingId,
    [FromQuery(Name = "vestiging")] string? Vestiging,
    [FromQuery(Name = "verlooptVoor")] DateOnly? VerlooptVoor,
    [FromQuery(Name = "sorteer")] string? Sorteer,
    [FromQuery(Name = "cursor")] string? Cursor,
    [FromQuery(Name = "pageSize")] int? PageSize)
{
    public GeefTlvsQuery AlsQuery() => new(Status, Soort, Categorie, LeerlingId, Vestiging, VerlooptVoor, Sorteer, Cursor, PageSize);
}
