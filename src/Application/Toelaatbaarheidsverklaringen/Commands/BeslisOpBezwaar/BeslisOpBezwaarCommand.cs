using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.BeslisOpBezwaar;

/// <summary>SWV staff decide on the bezwaar after the LBT's advice; a changed decision gets a beschikkingsnummer unique in the samenwerkingsverband.</summary>
[TlvStapToegang(TlvStap.BeslissingOpBezwaar)]
[Audit(AuditActie.Wijzigen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record BeslisOpBezwaarCommand(Guid TlvId, long? VerwachteVersie, Result<BeslissingOpBezwaar> Invoer)
    : IInvoerCommand<BeslissingOpBezwaar, TlvDto>, IVersieVoorwaarde;
