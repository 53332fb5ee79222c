using System.ComponentModel.DataAnnotations;
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
/// <remarks>The resource kind and the range of days narrow it further; they never replace the pupil or actor.</remarks>
public sealed record ExporteerAuditRegelsQuery(
    Guid? Leerling,
    [property: MaxLength(AuditRegel.MaximaleLengteTekst)] string? Actor,
    [property: MaxLength(AuditRegel.MaximaleLengteTekst)] string? ResourceSoort = null,
    DateOnly? Van = null,
    DateOnly? Tot = null)
    : IQuery<Result<IReadOnlyList<AuditRegelDto>>>
{
    public AuditSelectie Selectie => new(Leerling, Actor, ResourceSoort, Van, Tot);
}
