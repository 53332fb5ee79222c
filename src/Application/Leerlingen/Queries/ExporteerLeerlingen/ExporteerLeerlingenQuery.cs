using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Leerlingen.Queries.ExporteerLeerlingen;

/// <summary>
/// Every pupil of the list's selection (same filters, no pages), for a file. Only SWV staff export: a whole list of
/// pupils leaving the application is the SWV's decision, not a school's or an expert's.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[Audit(AuditActie.Exporteren, LeerlingAudit.Soort, Doel = LeerlingAudit.Doel)]
public sealed record ExporteerLeerlingenQuery(
    string? Vestiging,
    [property: MaxLength(Leerling.MaximaleLengteNaam)] string? Naam,
    string? Geboortedatum) : IQuery<Result<LeerlingExportDto>>, ILeerlingSelectie;

/// <summary>The rows of an export; each pupil in it gets an audit record of its own.</summary>
public sealed record LeerlingExportDto(IReadOnlyList<LeerlingDto> Leerlingen) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Leerlingen;
}
