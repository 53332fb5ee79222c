using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.StartArrangement;

/// <summary>The providing party starts a granted arrangement on its start date.</summary>
[ArrangementStapToegang(ArrangementStap.Start)]
[KanFalen(FoutSoort.RegelGeschonden)]
[Audit(AuditActie.Wijzigen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record StartArrangementCommand(Guid ArrangementId, long? VerwachteVersie, Result<DateOnly> Invoer)
    : IInvoerCommand<DateOnly, ArrangementDto>, IVersieVoorwaarde;
