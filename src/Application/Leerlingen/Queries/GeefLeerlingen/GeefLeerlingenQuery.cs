using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Leerlingen.Queries.GeefLeerlingen;

/// <summary>
/// The pupils the caller may see (school staff: their own vestigingen; experts: those they are involved with),
/// optionally of one vestiging, in registration order, with the number found: for a LAS taking a copy. Searching by
/// name or date of birth is <c>ZoekLeerlingenQuery</c>, with the search in the body instead of the URL.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert], Scopes = [Scopes.LeerlingenLezen])]
[Audit(AuditActie.Lezen, LeerlingAudit.Soort, Doel = LeerlingAudit.Doel)]
public sealed record GeefLeerlingenQuery(
    string? Vestiging,
    string? Cursor,
    [property: Range(1, LeerlingCursor.MaximalePageSize)] int? PageSize) : IQuery<Result<LeerlingenPaginaDto>>, ILeerlingSelectie;
