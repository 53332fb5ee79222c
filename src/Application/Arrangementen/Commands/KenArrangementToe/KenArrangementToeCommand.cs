using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.KenArrangementToe;

/// <summary>SWV staff grant the request, with a beschikkingsnummer unique in the samenwerkingsverband and a motivation.</summary>
[ArrangementStapToegang(ArrangementStap.Toekenning)]
[Audit(AuditActie.Wijzigen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record KenArrangementToeCommand(Guid ArrangementId, long? VerwachteVersie, Result<Beslissing> Invoer)
    : IInvoerCommand<Beslissing, ArrangementDto>, IVersieVoorwaarde;
