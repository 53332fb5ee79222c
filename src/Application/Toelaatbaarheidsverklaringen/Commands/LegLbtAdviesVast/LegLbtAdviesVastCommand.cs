using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.LegLbtAdviesVast;

/// <summary>SWV staff record the LBT's advice: gegrond or ongegrond, with its date.</summary>
[TlvStapToegang(TlvStap.LbtAdvies)]
[Audit(AuditActie.Wijzigen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record LegLbtAdviesVastCommand(Guid TlvId, long? VerwachteVersie, Result<LbtAdviesInvoer> Invoer) : IInvoerCommand<LbtAdviesInvoer, TlvDto>, IVersieVoorwaarde;
