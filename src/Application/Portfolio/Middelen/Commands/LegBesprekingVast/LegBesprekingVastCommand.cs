using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Commands.LegBesprekingVast;

/// <summary>
/// SWV staff record that the submitted verantwoording was discussed in the bestuursgesprek, with its date and a note
/// (the lead narrows this to the beleidsmedewerker).
/// </summary>
[VerantwoordingStapToegang(VerantwoordingStap.Bespreking)]
[Audit(AuditActie.Wijzigen, MiddelenAudit.Verantwoording, Doel = MiddelenAudit.DoelVerantwoording)]
public sealed record LegBesprekingVastCommand(Guid Id, long? VerwachteVersie, DateOnly? Datum, string? Notitie) : ICommand<Result<VerantwoordingDto>>, IVersieVoorwaarde;

/// <param name="Datum">The date of the bestuursgesprek; not in the future.</param>
/// <param name="Notitie">What was discussed and agreed.</param>
public sealed record BestuursgesprekVerzoek([property: Required] DateOnly? Datum, [property: Required, MaxLength(Verantwoording.MaximaleLengteTekst)] string? Notitie);
