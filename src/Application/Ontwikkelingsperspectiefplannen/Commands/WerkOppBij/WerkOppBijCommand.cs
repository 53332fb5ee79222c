using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Commands.WerkOppBij;

/// <summary>The school replaces what the concept says; a vastgestelde version never changes.</summary>
[OppStapToegang(OppStap.Wijziging)]
[Audit(AuditActie.Wijzigen, OppAudit.Soort, Doel = OppAudit.Doel)]
public sealed record WerkOppBijCommand(Guid OppId, long? VerwachteVersie, Result<OppInhoud> Invoer) : IInvoerCommand<OppInhoud, OppDto>, IVersieVoorwaarde;
