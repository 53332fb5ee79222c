using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.TrekTlvIn;

/// <summary>The school or the SWV withdraws a request before the decision, with the reason.</summary>
[TlvStapToegang(TlvStap.Intrekking)]
[Audit(AuditActie.Wijzigen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record TrekTlvInCommand(Guid TlvId, long? VerwachteVersie, string? Reden) : ICommand<Result<TlvDto>>, IVersieVoorwaarde;
