using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.BeantwoordVraag;

/// <summary>The school answers the SWV's open question.</summary>
[ArrangementStapToegang(ArrangementStap.Antwoord)]
[Audit(AuditActie.Wijzigen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record BeantwoordVraagCommand(Guid ArrangementId, long? VerwachteVersie, string? Antwoord) : ICommand<Result<ArrangementDto>>, IVersieVoorwaarde;
