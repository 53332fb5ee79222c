using System.Linq.Expressions;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>
/// When a pupil must have an OPP and does not: extra support has started (an actief arrangement) and there is no plan
/// that holds (vastgesteld, also while a new version is in concept) for that pupil at the arrangement's vestiging. The
/// law gives six weeks from the start of the support (<see cref="OppTermijnen"/>). A concept does not count yet; an
/// afgesloten plan no longer does, even one that covered part of the arrangement: the support still runs, so a plan
/// must hold now. Stated once, as an expression, so the werkvoorraad asks it in SQL and the tests run it on aggregates.
/// </summary>
public static class OppPlicht
{
    /// <summary>The werkvoorraad action of a missing plan.</summary>
    public const string Actie = "opp-ontbreekt";

    public const string OmschrijvingZonderOpp = "Er loopt een arrangement, maar de leerling heeft nog geen OPP: start het en stel het binnen zes weken vast";

    public const string OmschrijvingMetConcept = "Er loopt een arrangement, maar het OPP is nog niet vastgesteld: stel het binnen zes weken na de start vast";

    /// <summary>
    /// Who sees the line: the school that writes the plan, and the SWV's staff, who arranged the support and check that
    /// the plan follows (they may not write it).
    /// </summary>
    public static IReadOnlyList<Rol> Voor { get; } = [Rol.SchoolMedewerker, Rol.SwvMedewerker];

    /// <summary>Whether <c>arrangement</c> asks for a plan that <c>plannen</c> (where the known plans stand) does not hold.</summary>
    public static Expression<Func<Arrangement, IQueryable<OppStand>, bool>> Ontbreekt { get; } =
        (a, plannen) => a.Status == ArrangementStatus.Actief
            && !plannen.Any(o => o.Samenwerkingsverband == a.Samenwerkingsverband && o.LeerlingId == a.LeerlingId && o.Vestiging == a.Vestiging
                && (o.Status == OppStatus.Vastgesteld || o.Status == OppStatus.InHerziening));

    /// <summary>
    /// By when the plan must be vastgesteld: six weeks after the support started, the recorded startdatum of the
    /// arrangement or, without one, the ingangsdatum it was granted from (<see cref="OppTermijnen.VaststellenUiterlijk"/>,
    /// written out so the werkvoorraad orders and pages by it in SQL). The index ix_arrangement_opp_ontbreekt (migration
    /// OppOntbreektPerDeadline) holds this expression as SQL; a change here needs a new one there.
    /// </summary>
    public static Expression<Func<Arrangement, DateOnly>> Deadline { get; } =
        a => (a.Startdatum ?? a.Ingangsdatum).AddDays(7 * OppTermijnen.VaststellingWeken);
}
