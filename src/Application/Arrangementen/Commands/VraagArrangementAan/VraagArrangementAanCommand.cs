using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Arrangementen.Commands.VraagArrangementAan;

/// <summary>
/// A school (or the SWV on its behalf) requests an arrangement for a pupil it may see. With an
/// <see cref="IdempotencyKey"/>, a retry of the same request returns the arrangement the first one created.
/// </summary>
[Toegang(Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker])]
[KanFalen(FoutSoort.NietGevonden, FoutSoort.Conflict)]
[Audit(AuditActie.Aanmaken, ArrangementAudit.Soort, Doel = ArrangementAudit.Doel)]
public sealed record VraagArrangementAanCommand(Result<ArrangementAanvraag> Invoer, string? IdempotencyKey = null)
    : IInvoerCommand<ArrangementAanvraag, ArrangementDto>;
