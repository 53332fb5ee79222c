using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Ouders.Inzagen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.ExporteerInzagen;

/// <summary>
/// The whole log of who used the ouder's own child's data, newest first, for a CSV or Excel file (the portal's page
/// shows it 50 at a time). Taking it as a file is recorded too.
/// </summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Exporteren, "auditlog", Doel = InzagenExport.Doel)]
public sealed record ExporteerInzagenQuery(Guid LeerlingId) : IQuery<Result<InzagenExportDto>>, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
