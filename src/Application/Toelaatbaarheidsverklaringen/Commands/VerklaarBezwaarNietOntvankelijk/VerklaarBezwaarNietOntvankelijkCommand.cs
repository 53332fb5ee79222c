using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VerklaarBezwaarNietOntvankelijk;

/// <summary>SWV staff declare the bezwaar niet-ontvankelijk (too late without excuse, or no belanghebbende); the decision stands.</summary>
[TlvStapToegang(TlvStap.NietOntvankelijkVerklaring)]
[Audit(AuditActie.Wijzigen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record VerklaarBezwaarNietOntvankelijkCommand(Guid TlvId, long? VerwachteVersie, Result<NietOntvankelijkheid> Invoer) : IInvoerCommand<NietOntvankelijkheid, TlvDto>, IVersieVoorwaarde;
