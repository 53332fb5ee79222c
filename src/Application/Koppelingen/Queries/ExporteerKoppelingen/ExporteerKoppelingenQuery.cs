using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Koppelingen.Queries.ExporteerKoppelingen;

/// <summary>Every koppeling of the caller's samenwerkingsverband, for a file (never a secret); the export itself is audited.</summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[Audit(AuditActie.Exporteren, "koppeling", Doel = "Beheer van koppelingen met toegang tot gegevens")]
public sealed record ExporteerKoppelingenQuery : IQuery<Result<IReadOnlyList<KoppelingDto>>>;
