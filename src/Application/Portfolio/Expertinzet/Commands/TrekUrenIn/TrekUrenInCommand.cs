using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Commands.TrekUrenIn;

/// <summary>The expert withdraws their own registration while the inzet is open; it stays in the list, marked as withdrawn.</summary>
[ExpertinzetStapToegang(ExpertinzetStap.Urenintrekking)]
[Audit(AuditActie.Wijzigen, ExpertinzetAudit.Soort, Doel = ExpertinzetAudit.Doel)]
public sealed record TrekUrenInCommand(Guid ExpertinzetId, long? VerwachteVersie, Guid RegistratieId) : ICommand<Result<ExpertinzetDto>>, IVersieVoorwaarde;
