using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VerdaagBeslistermijn;

/// <summary>SWV staff put off the beslissing op bezwaar once, by six weeks, with a reason.</summary>
[TlvStapToegang(TlvStap.Verdaging)]
[Audit(AuditActie.Wijzigen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record VerdaagBeslistermijnCommand(Guid TlvId, long? VerwachteVersie, string? Reden) : ICommand<Result<TlvDto>>, IVersieVoorwaarde;
