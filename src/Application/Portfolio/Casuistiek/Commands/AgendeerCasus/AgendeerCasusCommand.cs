using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.AgendeerCasus;

/// <summary>The regionaal procesbegeleider puts a case on a bespreking of its own lokaal netwerk, or moves it to another one before the outcome.</summary>
[CasusStapToegang(CasusStap.Bespreking)]
[KanFalen(FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Wijzigen, CasuistiekAudit.Casus, Doel = CasuistiekAudit.Doel)]
public sealed record AgendeerCasusCommand(Guid CasusId, long? VerwachteVersie, Result<Guid> Invoer)
    : IInvoerCommand<Guid, CasusDto>, IVersieVoorwaarde, IAuditBron
{
    public string? AuditResourceId => CasusId.ToString();
}
