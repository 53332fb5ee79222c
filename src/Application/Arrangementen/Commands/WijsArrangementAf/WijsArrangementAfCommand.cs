using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.WijsArrangementAf;

/// <summary>SWV staff refuse the request; a refusal always states its reason.</summary>
[ArrangementStapToegang(ArrangementStap.Afwijzing)]
[Audit(AuditActie.Wijzigen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record WijsArrangementAfCommand(Guid ArrangementId, long? VerwachteVersie, Result<Beslissing> Invoer)
    : IInvoerCommand<Beslissing, ArrangementDto>, IVersieVoorwaarde;
