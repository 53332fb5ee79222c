using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.LegHoorzittingVast;

/// <summary>SWV staff record that the hoorzitting was held, with an optional summary.</summary>
[TlvStapToegang(TlvStap.Hoorzitting)]
[Audit(AuditActie.Wijzigen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record LegHoorzittingVastCommand(Guid TlvId, long? VerwachteVersie, Result<Hoorzitting> Invoer) : IInvoerCommand<Hoorzitting, TlvDto>, IVersieVoorwaarde;
