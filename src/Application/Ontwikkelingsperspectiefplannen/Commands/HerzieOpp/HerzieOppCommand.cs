using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.HerzieOpp;

/// <summary>The school starts a new version from the one that holds, which holds until the new one is vastgesteld.</summary>
[OppStapToegang(OppStap.Herziening)]
[Audit(AuditActie.Wijzigen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record HerzieOppCommand(Guid OppId, long? VerwachteVersie) : ICommand<Result<OppDto>>, IVersieVoorwaarde;
