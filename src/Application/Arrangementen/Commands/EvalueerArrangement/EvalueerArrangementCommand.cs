using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.EvalueerArrangement;

/// <summary>The providing party records an evaluation: per goal reached or not, the conclusion and the follow-up.</summary>
[ArrangementStapToegang(ArrangementStap.Evaluatie)]
[Audit(AuditActie.Wijzigen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record EvalueerArrangementCommand(
    Guid ArrangementId,
    long? VerwachteVersie,
    DateOnly? Datum,
    IReadOnlyList<DoelresultaatInvoer?>? Doelen,
    string? Conclusie,
    string? Vervolg) : ICommand<Result<ArrangementDto>>;

/// <param name="Doel">The goal's number.</param>
public sealed record DoelresultaatInvoer(
    [property: Required] int? Doel, [property: Required] bool? Behaald, [property: MaxLength(Domain.Arrangementen.Doel.MaximaleLengte)] string? Toelichting);
