using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Leerlingen.Queries.ExporteerLeerlingen;

/// <summary>
/// Every pupil of the SWV, or of one vestiging, for a file. Only SWV staff export: a whole list of pupils leaving the
/// application is the SWV's decision, not a school's or an expert's. No name or date of birth to search by: those
/// would stand in the URL of a GET (api.md: no personal data in URLs); a search narrows the screen, not the file.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker])]
[Audit(AuditActie.Exporteren, LeerlingAudit.Soort, Doel = LeerlingAudit.Doel)]
public sealed record ExporteerLeerlingenQuery(string? Vestiging) : IQuery<Result<LeerlingExportDto>>, ILeerlingSelectie;

/// <summary>The rows of an export; each pupil in it gets an audit record of its own.</summary>
public sealed record LeerlingExportDto(IReadOnlyList<LeerlingDto> Leerlingen) : IAuditLijst
{
    IEnumerable<IAuditResultaat> IAuditLijst.AuditItems => Leerlingen;
}
