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

/// <summary>
/// The pupils the caller may see (school staff: their own vestigingen; experts: those they are involved with),
/// optionally of one vestiging, by a part of the name and/or by date of birth, with the number found.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert], Scopes = [Scopes.LeerlingenLezen])]
[Audit(AuditActie.Lezen, LeerlingAudit.Soort, Doel = LeerlingAudit.Doel)]
public sealed record GeefLeerlingenQuery(
    string? Vestiging,
    [property: MaxLength(Leerling.MaximaleLengteNaam)] string? Naam,
    string? Cursor,
    [property: Range(1, LeerlingCursor.MaximalePageSize)] int? PageSize,
    string? Geboortedatum = null) : IQuery<Result<LeerlingenPaginaDto>>, ILeerlingSelectie;

/// <param name="VolgendeCursor">Null on the last page.</param>
/// <param name="Totaal">How many pupils the selection holds over all pages (only those the caller may see).</param>
public sealed record LeerlingenPaginaDto(IReadOnlyList<LeerlingDto> Leerlingen, string? VolgendeCursor, int Totaal) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Leerlingen;
}
