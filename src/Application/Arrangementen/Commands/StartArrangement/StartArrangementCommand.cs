using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.StartArrangement;

/// <summary>The providing party starts a granted arrangement.</summary>
[ArrangementStapToegang(ArrangementStap.Start)]
[Audit(AuditActie.Wijzigen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record StartArrangementCommand(Guid ArrangementId, long? VerwachteVersie, DateOnly? Startdatum) : ICommand<Result<ArrangementDto>>;
