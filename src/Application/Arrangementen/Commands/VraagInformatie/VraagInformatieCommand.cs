using Mediator;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.VraagInformatie;

/// <summary>SWV staff ask the school for more information; the request waits for the answer.</summary>
[ArrangementStapToegang(ArrangementStap.Informatieverzoek)]
[Audit(AuditActie.Wijzigen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record VraagInformatieCommand(Guid ArrangementId, long? VerwachteVersie, string? Vraag) : ICommand<Result<ArrangementDto>>, IVersieVoorwaarde;
