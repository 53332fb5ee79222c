using Mediator;
using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.DeelSamenvatting;

/// <summary>In begrijpen the expert shares a summary: conclusions and practical recommendations, about the pupil only.</summary>
[ExpertinzetStapToegang(ExpertinzetStap.Samenvatting)]
[Audit(AuditActie.Wijzigen, ExpertinzetAudit.Soort, Doel = ExpertinzetAudit.Doel)]
public sealed record DeelSamenvattingCommand(Guid ExpertinzetId, long? VerwachteVersie, InzetSamenvattingVerzoek Verzoek) : ICommand<Result<ExpertinzetDto>>, IVersieVoorwaarde;

/// <param name="HandelingsgerichteDiagnostiek">Whether the optional side step handelingsgerichte diagnostiek was done.</param>
public sealed record InzetSamenvattingVerzoek(
    [property: Required, MaxLength(Samenvatting.MaximaleLengte)] string? Conclusies,
    [property: Required, MaxLength(Samenvatting.MaximaleLengte)] string? Aanbevelingen,
    bool? HandelingsgerichteDiagnostiek);
