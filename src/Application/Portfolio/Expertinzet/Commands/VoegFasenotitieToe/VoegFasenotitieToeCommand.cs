using Mediator;
using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.VoegFasenotitieToe;

/// <summary>A note in the current phase: who, when, what. The school, the expert and the SWV's staff write them.</summary>
[ExpertinzetStapToegang(ExpertinzetStap.Notitie)]
[Audit(AuditActie.Wijzigen, ExpertinzetAudit.Soort, Doel = ExpertinzetAudit.Doel)]
public sealed record VoegFasenotitieToeCommand(Guid ExpertinzetId, long? VerwachteVersie, string? Tekst) : ICommand<Result<ExpertinzetDto>>, IVersieVoorwaarde;

public sealed record InzetNotitieVerzoek([property: Required, MaxLength(Fasenotitie.MaximaleLengte)] string? Tekst);
