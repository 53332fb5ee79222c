using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;

/// <summary>
/// A toelaatbaarheidsverklaring as the receiving school's LAS registers it in BRON/ROD, and no more. Deliberately without
/// the request's onderbouwing, the deskundigenadviezen and the motivering of the decision: medical and psychological
/// reasoning a LAS does not need to register the TLV (AVG data minimisation). Staff read those in the TLV itself.
/// <see cref="Versie"/> is its place in the change feed.
/// </summary>
/// <param name="SwvCode">The samenwerkingsverband that decided, as BRON/ROD names it (swvCode).</param>
/// <param name="Leerling">The pupil, identified as in the arrangementen feed, so the LAS can match its own record.</param>
/// <param name="BeoogdeVestiging">The caller's vestiging (BRIN and vestigingsnummer) the TLV is for.</param>
/// <param name="Toelaatbaar">The decision; niet toelaatbaar is made known to the school as well.</param>
/// <param name="Soort">The soort decided (requested, when niet toelaatbaar).</param>
/// <param name="Categorie">The bekostigingscategorie (OSO code list 31) decided (requested, when niet toelaatbaar).</param>
/// <param name="IngeschrevenOp">The day the school confirmed it enrolled the pupil on this TLV, once it did.</param>
public sealed record TlvRegistratieDto(
    Guid Id,
    string Beschikkingsnummer,
    string SwvCode,
    ArrangementLeerlingDto Leerling,
    string BeoogdeVestiging,
    [property: CodeUit<TlvStatus>] string Status,
    bool Toelaatbaar,
    [property: CodeUit<SoortToelaatbaarheid>] string Soort,
    [property: CodeUit<Bekostigingscategorie>] string Categorie,
    DateOnly? Ingangsdatum,
    DateOnly? Einddatum,
    DateOnly BekendgemaaktOp,
    DateOnly? IngeschrevenOp,
    long Versie) : IAuditResultaat, IGeversioneerd
{
    string IAuditResultaat.AuditResourceId => Id.ToString();

    Guid? IAuditResultaat.AuditLeerlingId => Leerling.Id;
}
