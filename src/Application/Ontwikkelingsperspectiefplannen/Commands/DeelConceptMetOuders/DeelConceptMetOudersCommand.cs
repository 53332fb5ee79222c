using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.DeelConceptMetOuders;

/// <summary>
/// The school shares the concept with the ouders for the overleg: from then on the ouders read it in the portal and
/// may answer on its handelingsdeel there. An unshared concept stays the school's own.
/// </summary>
[OppStapToegang(OppStap.ConceptDelen)]
[Audit(AuditActie.Wijzigen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record DeelConceptMetOudersCommand(Guid OppId, long? VerwachteVersie) : ICommand<Result<OppDto>>, IVersieVoorwaarde;
