using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VerschoonTermijnoverschrijding;

/// <summary>A late bezwaar goes on: SWV staff record why the delay is excusable.</summary>
[TlvStapToegang(TlvStap.Verschoning)]
[Audit(AuditActie.Wijzigen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record VerschoonTermijnoverschrijdingCommand(Guid TlvId, long? VerwachteVersie, string? Reden) : ICommand<Result<TlvDto>>, IVersieVoorwaarde;
