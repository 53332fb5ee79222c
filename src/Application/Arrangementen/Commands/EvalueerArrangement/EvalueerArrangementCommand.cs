using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.EvalueerArrangement;

/// <summary>The providing party records an evaluation: per goal reached or not, the conclusion and the follow-up.</summary>
[ArrangementStapToegang(ArrangementStap.Evaluatie)]
[Audit(AuditActie.Wijzigen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record EvalueerArrangementCommand(Guid ArrangementId, long? VerwachteVersie, Result<Evaluatieinvoer> Invoer)
    : IInvoerCommand<Evaluatieinvoer, ArrangementDto>, IVersieVoorwaarde;

/// <summary>An evaluation as it was asked for; which goals exist and the conclusion's text are the arrangement's to check.</summary>
public sealed record Evaluatieinvoer(DateOnly Datum, IReadOnlyList<Doelresultaat> Doelen, string? Conclusie, Vervolg Vervolg);
