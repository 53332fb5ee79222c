using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Audit.Queries.ExporteerAuditRegels;

/// <summary>All audit records for one pupil and/or one actor, oldest first, for an export (e.g. an AVG inzageverzoek).</summary>
[Toegang(Rollen = [Rol.SwvBeheerder])]
[Audit(AuditActie.Exporteren, "auditlog", Doel = "Toezicht op toegang tot gegevens")]
public sealed record ExporteerAuditRegelsQuery(Guid? Leerling, string? Actor) : IQuery<Result<IReadOnlyList<AuditRegelDto>>>;
