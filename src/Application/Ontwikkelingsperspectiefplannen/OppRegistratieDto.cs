using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;

/// <summary>
/// An OPP as the school's LAS registers it in ROD, and no more: deliberately without the content (uitstroombestemming,
/// onderbouwing, factoren, handelingsdeel), the overleg, the instemming, the hoorrecht and the evaluations. A LAS needs
/// only the dates to register them (AVG data minimisation); staff read the plan itself. <see cref="Versie"/> is its
/// place in the change feed and the If-Match of the confirmation.
/// </summary>
/// <param name="Leerling">The pupil, identified as in the arrangementen and TLV feeds, so the LAS can match its own record.</param>
/// <param name="Vestiging">The caller's vestiging (BRIN and vestigingsnummer) the plan is of.</param>
/// <param name="RodPlichtig">Whether the school registers this plan in ROD (a regular primary school; SBO and SO do not).</param>
/// <param name="Begindatum">The day the plan was first vastgesteld.</param>
/// <param name="Einddatum">The day the plan was closed, once it was.</param>
public sealed record OppRegistratieDto(
    Guid Id,
    ArrangementLeerlingDto Leerling,
    string Vestiging,
    bool RodPlichtig,
    DateOnly Begindatum,
    bool BegindatumTeRegistreren,
    DateOnly? BegindatumGeregistreerdOp,
    DateOnly? Einddatum,
    bool EinddatumTeRegistreren,
    DateOnly? EinddatumGeregistreerdOp,
    [property: CodeUit<OppStatus>] string Status,
    long Versie) : IAuditResultaat, IGeversioneerd
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Leerling.Id;
}
