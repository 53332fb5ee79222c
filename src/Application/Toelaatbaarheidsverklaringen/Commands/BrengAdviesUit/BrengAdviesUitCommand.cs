using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.BrengAdviesUit;

/// <summary>A deskundige gives their own advice, under their own account, once; nobody else can write it.</summary>
[TlvStapToegang(TlvStap.Advies)]
[KanFalen(FoutSoort.Verboden)]
[Audit(AuditActie.Wijzigen, TlvAudit.Soort, Doel = TlvAudit.Doel)]
public sealed record BrengAdviesUitCommand(Guid TlvId, long? VerwachteVersie, Result<Adviesinhoud> Invoer)
    : IInvoerCommand<Adviesinhoud, TlvDto>, IVersieVoorwaarde;
