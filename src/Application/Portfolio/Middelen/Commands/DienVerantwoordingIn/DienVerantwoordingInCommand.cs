using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Commands.DienVerantwoordingIn;

/// <summary>The bestuur's side submits the verantwoording to the SWV, once the calendar year is over.</summary>
[VerantwoordingStapToegang(VerantwoordingStap.Indiening)]
[Audit(AuditActie.Wijzigen, MiddelenAudit.Verantwoording, Doel = MiddelenAudit.DoelVerantwoording)]
public sealed record DienVerantwoordingInCommand(Guid Id, long? VerwachteVersie) : ICommand<Result<VerantwoordingDto>>, IVersieVoorwaarde;
