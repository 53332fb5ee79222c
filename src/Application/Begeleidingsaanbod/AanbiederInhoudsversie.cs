using PassendOnderwijs.Application.Common.Hervalidatie;
using PassendOnderwijs.Domain.Begeleidingsaanbod;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>
/// The version of an answer from the register, known before the list is read. What fixes a page: the highest change
/// number of the register (every change to an aanbieder or its aanbod renumbers the aanbieder's row, and a removal
/// inserts a numbered tombstone, so it only ever goes up; the removal that prunes old tombstones inserts a newer one
/// in the same transaction), the day (the feed token at the end carries it), whether the caller may change which
/// aanbieders (magWijzigen), the representation, and the request's normalised parameters.
/// </summary>
internal static class AanbiederInhoudsversie
{
    public static string Van(long hoogste, DateOnly dag, Registerbeheer beheer, IHervalideerbaar vraag, params object?[] verzoek)
    {
        ArgumentNullException.ThrowIfNull(beheer);
        ArgumentNullException.ThrowIfNull(vraag);
        return Inhoudsversie.Van([hoogste, dag.DayNumber, beheer.IsLandelijk, beheer.Samenwerkingsverband?.Waarde, vraag.Weergave, .. verzoek]);
    }

    /// <summary>Every criterion of a selection, parsed (so " naam" and "naam" are one request).</summary>
    public static object?[] Delen(this AanbiederSelectie selectie)
    {
        ArgumentNullException.ThrowIfNull(selectie);
        return [selectie.Expertise?.Waarde, selectie.Werkgebied, (int?)selectie.Cluster, selectie.Naam, selectie.GeldigOp?.DayNumber, selectie.GewijzigdSinds?.UtcTicks];
    }
}
