using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;

/// <summary>Which event each history action raises: one entry per action in <see cref="Gebeurtenis"/>.</summary>
internal static class ArrangementGebeurtenissen
{
    public static ArrangementGebeurtenis Voor(string actie, Guid id, SwvCode swv, ArrangementStatus status, DateTimeOffset op) => actie switch
    {
        Gebeurtenis.Aangevraagd => new ArrangementAangevraagd(id, swv, status, op),
        Gebeurtenis.InBehandelingGenomen => new ArrangementInBehandelingGenomen(id, swv, status, op),
        Gebeurtenis.InformatieGevraagd => new ArrangementInformatieGevraagd(id, swv, status, op),
        Gebeurtenis.InformatieGegeven => new ArrangementInformatieGegeven(id, swv, status, op),
        Gebeurtenis.Toegekend => new ArrangementToegekend(id, swv, status, op),
        Gebeurtenis.Afgewezen => new ArrangementAfgewezen(id, swv, status, op),
        Gebeurtenis.Gestart => new ArrangementGestart(id, swv, status, op),
        Gebeurtenis.Geevalueerd => new ArrangementGeevalueerd(id, swv, status, op),
        Gebeurtenis.Beeindigd => new ArrangementBeeindigd(id, swv, status, op),

        // A new history action without its event is a bug in this file, not an outcome.
        _ => throw new ArgumentOutOfRangeException(nameof(actie), actie, "No domain event for this history action."),
    };
}
