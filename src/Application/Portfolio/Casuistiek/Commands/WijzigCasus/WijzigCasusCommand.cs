using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.WijzigCasus;

/// <summary>The school corrects its inbreng (the whole of it) until the case is discussed; the same anonymity check applies.</summary>
[CasusStapToegang(CasusStap.Wijziging)]
[KanFalen(FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Wijzigen, CasuistiekAudit.Casus, Doel = CasuistiekAudit.Doel)]
public sealed record WijzigCasusCommand(Guid CasusId, long? VerwachteVersie, Result<Casusgegevens> Invoer)
    : IInvoerCommand<Casusgegevens, CasusDto>, IVersieVoorwaarde, IAuditBron
{
    public string? AuditResourceId => CasusId.ToString();
}
