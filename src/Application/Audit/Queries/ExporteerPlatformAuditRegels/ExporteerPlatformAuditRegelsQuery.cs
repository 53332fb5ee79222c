using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Audit.Queries.ExporteerPlatformAuditRegels;

/// <summary>
/// The platform's audit log as its screen shows it (newest first, optionally of one actor), every record instead of a
/// page, for a file. Only for the platform-beheerder; the export itself is recorded in the platform's log.
/// </summary>
[Toegang(Rollen = [Rol.PlatformBeheerder])]
[Audit(AuditActie.Exporteren, "auditlog", Doel = "Toezicht op het beheer van het platform")]
public sealed record ExporteerPlatformAuditRegelsQuery([property: MaxLength(AuditRegel.MaximaleLengteTekst)] string? Actor)
    : IQuery<Result<IReadOnlyList<AuditRegelDto>>>;
