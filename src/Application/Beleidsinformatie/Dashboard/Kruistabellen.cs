using PassendOnderwijs.Domain.Beleidsinformatie.Onderdrukking;

namespace PassendOnderwijs.Application.Beleidsinformatie.Dashboard;

/// <summary>
/// Builds the one table shape of counts (<see cref="KruistabelDto"/>) for the dashboard, the thuiszitters count and
/// their files: the whole table through the small-cell engine, exact with its <c>klein</c> marks for the staff,
/// hidden where outsiders may not see it.
/// </summary>
internal static class Kruistabellen
{
    /// <summary>A table suppressed as a whole with its totals (<see cref="Kleinecelonderdrukking.Tabel"/>).</summary>
    public static KruistabelDto Van(List<KopDto> rijen, List<KopDto> kolommen, Func<int, int, int> aantal, bool voorBuiten, int drempel)
    {
        var tabel = Kleinecelonderdrukking.Tabel(
            [.. rijen.Select((_, r) => (IReadOnlyList<int>)[.. kolommen.Select((_, k) => aantal(r, k))])], drempel);
        CijferDto Cijfer(Telcel cel) => new(voorBuiten ? cel.Getoond : cel.Aantal, cel.Onderdrukt);
        return new KruistabelDto(
            rijen,
            kolommen,
            [.. Enumerable.Range(0, tabel.Rijen).Select(r => (IReadOnlyList<CijferDto>)[.. tabel.Rij(r).Select(Cijfer)])],
            [.. Enumerable.Range(0, tabel.Rijen).Select(r => Cijfer(tabel.Rijtotaal(r)))],
            [.. Enumerable.Range(0, tabel.Kolommen).Select(k => Cijfer(tabel.Kolomtotaal(k)))],
            Cijfer(tabel.Totaal));
    }

    /// <summary>A breakdown of the thuiszitters count in the same shape.</summary>
    public static KruistabelDto Van(Domain.Thuiszitters.Kruistabel telling, bool voorBuiten, int drempel)
    {
        ArgumentNullException.ThrowIfNull(telling);
        return Van(
            [.. telling.Rijen.Select(r => new KopDto(r.Kop.Code, r.Kop.Label))],
            [.. telling.Kolommen.Select(k => new KopDto(k.Code, k.Label))],
            (r, k) => telling.Rijen[r].Cellen[k],
            voorBuiten,
            drempel);
    }

    /// <summary>The same with the breakdown's code and title, for a page or file that lists several.</summary>
    public static BenoemdeKruistabelDto Benoemd(Domain.Thuiszitters.Kruistabel telling, bool voorBuiten, int drempel) =>
        new(telling.Code, telling.Titel, Van(telling, voorBuiten, drempel));
}
