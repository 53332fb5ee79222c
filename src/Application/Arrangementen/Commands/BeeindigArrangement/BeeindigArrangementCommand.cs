using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen.Commands.BeeindigArrangement;

/// <summary>The providing party ends an active arrangement, with the reason.</summary>
[ArrangementStapToegang(ArrangementStap.Beeindiging)]
[Audit(AuditActie.Wijzigen, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record BeeindigArrangementCommand(Guid ArrangementId, long? VerwachteVersie, Result<Beeindiging> Invoer)
    : IInvoerCommand<Beeindiging, ArrangementDto>, IVersieVoorwaarde;

/// <summary>The last day; the reason stays the domain's to check, after the step itself is allowed.</summary>
public sealed record Beeindiging(DateOnly Einddatum, string? Reden);
