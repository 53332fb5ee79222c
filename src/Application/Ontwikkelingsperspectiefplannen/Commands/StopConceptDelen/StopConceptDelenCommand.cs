using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.StopConceptDelen;

/// <summary>
/// The school stops sharing the concept with the ouders (the inverse of <c>concept-delen</c>): from then on the concept
/// is 404 for them again, as before it was shared. What they answered stays recorded.
/// </summary>
[OppStapToegang(OppStap.DelenStoppen)]
[Audit(AuditActie.Wijzigen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record StopConceptDelenCommand(Guid OppId, long? VerwachteVersie) : ICommand<Result<OppDto>>, IVersieVoorwaarde;
