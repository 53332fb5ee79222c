using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Leerlingen.Queries.ZoekLeerlingen;

/// <summary>
/// Searches the pupils the caller may see (the same filters as <c>GeefLeerlingenQuery</c>: school staff their own
/// vestigingen, experts the pupils they are involved with) by a part of the name and/or the date of birth, ordered by
/// name, with the number found. Every pupil on the page is audited as read.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert], Scopes = [Scopes.LeerlingenLezen])]
[Audit(AuditActie.Lezen, LeerlingAudit.Soort, Doel = LeerlingAudit.Doel)]
public sealed record ZoekLeerlingenQuery(string? Naam, string? Geboortedatum, string? Vestiging, string? Cursor, int? PageSize)
    : IQuery<Result<LeerlingenPaginaDto>>, ILeerlingZoekvraag, ILeerlingSelectie;
