using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;

namespace PassendOnderwijs.Application.Portfolio.Casuistiek.Commands.LegUitkomstVast;

/// <summary>
/// The regionaal procesbegeleider records the one outcome of a discussed case, or corrects it until a school started an expert inzet from it
/// (the lifecycle's 'uitkomst' and 'uitkomstcorrectie' steps; both are SWV steps).
/// </summary>
[CasusStapToegang(CasusStap.Uitkomst)]
[KanFalen(FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Wijzigen, CasuistiekAudit.Casus, Doel = CasuistiekAudit.Doel)]
public sealed record LegUitkomstVastCommand(Guid CasusId, long? VerwachteVersie, Result<Uitkomstgegevens> Invoer)
    : IInvoerCommand<Uitkomstgegevens, CasusDto>, IVersieVoorwaarde, IAuditBron
{
    public string? AuditResourceId => CasusId.ToString();
}
