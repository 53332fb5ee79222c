using Mediator;
using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.OntkoppelExpert;

/// <summary>The procesbegeleider unlinks the expert (with a reason); the expert's access to the pupil through this inzet ends.</summary>
[ExpertinzetStapToegang(ExpertinzetStap.Ontkoppeling)]
[Audit(AuditActie.Wijzigen, ExpertinzetAudit.Soort, Doel = ExpertinzetAudit.Doel)]
public sealed record OntkoppelExpertCommand(Guid ExpertinzetId, long? VerwachteVersie, string? Reden) : ICommand<Result<ExpertinzetDto>>, IVersieVoorwaarde;

public sealed record InzetOntkoppelVerzoek([property: Required, MaxLength(Fasenotitie.MaximaleLengte)] string? Reden);
