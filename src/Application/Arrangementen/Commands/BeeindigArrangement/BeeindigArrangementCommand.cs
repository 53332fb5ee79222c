using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Arrangementen.Commands.BeeindigArrangement;

/// <summary>The providing party ends an active arrangement, with the reason.</summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert])]
[Audit(AuditActie.Wijzigen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record BeeindigArrangementCommand(Guid ArrangementId, long? VerwachteVersie, DateOnly? Einddatum, string? Reden) : ICommand<Result<ArrangementDto>>;
