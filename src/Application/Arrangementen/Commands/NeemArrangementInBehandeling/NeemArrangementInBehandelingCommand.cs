using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.NeemArrangementInBehandeling;

/// <summary>SWV staff take a request into review.</summary>
[ArrangementStapToegang(ArrangementStap.Behandeling)]
[Audit(AuditActie.Wijzigen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record NeemArrangementInBehandelingCommand(Guid ArrangementId, long? VerwachteVersie) : ICommand<Result<ArrangementDto>>, IVersieVoorwaarde;
