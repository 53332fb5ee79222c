using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Leerlingen.Queries.GeefLeerlingen;

/// <summary>The pupils the caller may see (school staff: their own vestigingen), optionally of one vestiging or by name.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert], Scopes = [Scopes.LeerlingenLezen])]
[Audit(AuditActie.Lezen, LeerlingAudit.Soort, Doel = LeerlingAudit.Doel)]
public sealed record GeefLeerlingenQuery(
    string? Vestiging,
    [property: MaxLength(Leerling.MaximaleLengteNaam)] string? Naam,
    string? Cursor,
    [property: Range(1, LeerlingCursor.MaximalePageSize)] int? PageSize) : IQuery<Result<LeerlingenPaginaDto>>;

/// <param name="VolgendeCursor">Null on the last page.</param>
public sealed record LeerlingenPaginaDto(IReadOnlyList<LeerlingDto> Leerlingen, string? VolgendeCursor) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Leerlingen;
}
