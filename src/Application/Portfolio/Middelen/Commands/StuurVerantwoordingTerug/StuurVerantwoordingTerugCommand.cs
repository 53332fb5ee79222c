using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Commands.StuurVerantwoordingTerug;

/// <summary>SWV staff send a submitted verantwoording back for correction, with the reason (the lead narrows this to the beleidsmedewerker).</summary>
[VerantwoordingStapToegang(VerantwoordingStap.Terugsturing)]
[Audit(AuditActie.Wijzigen, MiddelenAudit.Verantwoording, Doel = MiddelenAudit.DoelVerantwoording)]
public sealed record StuurVerantwoordingTerugCommand(Guid Id, long? VerwachteVersie, string? Reden) : ICommand<Result<VerantwoordingDto>>, IVersieVoorwaarde;

/// <param name="Reden">Why it goes back and what the bestuur should correct.</param>
public sealed record TerugsturingVerzoek([property: Required, MaxLength(Verantwoording.MaximaleLengteTekst)] string? Reden);
