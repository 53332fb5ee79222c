using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Documenten;
using PassendOnderwijs.Application.Ouders.Inzagen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefInzagenPdf;

/// <summary>
/// The whole log of who used the ouder's own child's data as a PDF to keep or print: the same records as
/// <see cref="ExporteerInzagen.ExporteerInzagenQuery"/>, laid out as every document of the product. Recorded too.
/// </summary>
[Toegang(Rollen = [Rol.Ouder])]
[KanFalen(FoutSoort.NietGevonden)]
[Audit(AuditActie.Exporteren, "auditlog", Doel = InzagenExport.Doel)]
public sealed record GeefInzagenPdfQuery(Guid LeerlingId) : IQuery<Result<Pdfbestand>>, IAuditBron
{
    public string? AuditResourceId => LeerlingId.ToString();

    public Guid? AuditLeerlingId => LeerlingId;
}
