using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.BeeindigArrangement;

/// <summary>The providing party ends an active arrangement, with the reason.</summary>
[ArrangementStapToegang(ArrangementStap.Beeindiging)]
[Audit(AuditActie.Wijzigen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record BeeindigArrangementCommand(Guid ArrangementId, long? VerwachteVersie, DateOnly? Einddatum, string? Reden) : ICommand<Result<ArrangementDto>>;
