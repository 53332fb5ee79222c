using PassendOnderwijs.Domain.Beleidsinformatie.Onderdrukking;

namespace PassendOnderwijs.Domain.UnitTests.Beleidsinformatie;

/// <summary>
/// Issue 21: the small-cell rule. The proof: for many random small tables, no hidden figure can be derived from what
/// is shown, because over all non-negative whole-number completions of the hidden cells that agree with every shown
/// cell and total, each hidden figure takes at least two values.
/// </summary>
public sealed class KleinecelonderdrukkingTests
{
    [Test]
    public void Zero_is_not_small_one_below_the_drempel_is()
    {
        Kleinecelonderdrukking.IsKlein(0, 5).ShouldBeFalse();
        Kleinecelonderdrukking.IsKlein(1, 5).ShouldBeTrue();
        Kleinecelonderdrukking.IsKlein(4, 5).ShouldBeTrue();
        Kleinecelonderdrukking.IsKlein(5, 5).ShouldBeFalse();
        Kleinecelonderdrukking.IsKlein(2, 3).ShouldBeTrue();
        Kleinecelonderdrukking.IsKlein(3, 3).ShouldBeFalse();
    }

    [Test]
    public void A_single_small_cell_of_a_breakdown_hides_the_next_smallest_too()
    {
        var reeks = Kleinecelonderdrukking.Reeks([12, 3, 7, 0], 5);
        reeks.Cellen.Select(c => c.Getoond).ShouldBe([12, null, null, 0]);
        reeks.Totaal.Getoond.ShouldBe(22);
    }

    [Test]
    public void Two_small_cells_of_a_breakdown_hide_each_other_and_nothing_more()
    {
        Kleinecelonderdrukking.Reeks([12, 3, 7, 2], 5).Cellen.Select(c => c.Onderdrukt).ShouldBe([false, true, false, true]);
        Kleinecelonderdrukking.Reeks([12, 9], 5).Cellen.Select(c => c.Onderdrukt).ShouldBe([false, false]);
        Kleinecelonderdrukking.Reeks([], 5).Cellen.ShouldBeEmpty();
    }

    [Test]
    public void A_total_below_the_drempel_is_hidden_with_its_cells()
    {
        var reeks = Kleinecelonderdrukking.Reeks([4], 5);
        reeks.Cellen.Single().Onderdrukt.ShouldBeTrue();
        reeks.Totaal.Getoond.ShouldBeNull();
        reeks.Totaal.Aantal.ShouldBe(4);
    }

    [Test]
    public void The_drempel_decides_what_is_small()
    {
        Kleinecelonderdrukking.Reeks([12, 3, 7, 0], 3).Cellen.Select(c => c.Onderdrukt).ShouldBe([false, false, false, false]);
        Kleinecelonderdrukking.Reeks([12, 6, 9, 0], 10).Cellen.Select(c => c.Onderdrukt).ShouldBe([false, true, true, false]);
    }

    [Test]
    public void A_small_cell_of_a_table_hides_a_second_cell_in_its_row_and_in_its_column()
    {
        int[][] aantallen = [[2, 10, 8], [9, 20, 30], [6, 7, 40]];
        var tabel = Kleinecelonderdrukking.Tabel(aantallen, 5);

        // The 2 hides the smallest of its row (8) and of its column (6); the 40 mends both their lines at once.
        Verborgen(tabel).ShouldBe([(0, 0), (0, 2), (2, 0), (2, 2)]);
        tabel.Totaal.Getoond.ShouldBe(132);
        tabel.Rijtotaal(0).Getoond.ShouldBe(20);
        tabel.Kolomtotaal(0).Getoond.ShouldBe(17);
        Ondeduceerbaar(aantallen, tabel, 5).ShouldBeTrue();
    }

    [Test]
    public void A_table_without_small_cells_shows_everything()
    {
        var tabel = Kleinecelonderdrukking.Tabel([[5, 0], [7, 12]], 5);
        Verborgen(tabel).ShouldBeEmpty();
        tabel.Totaal.Getoond.ShouldBe(24);
    }

    [Test]
    public void A_row_total_below_the_drempel_is_hidden_and_another_row_total_with_it()
    {
        int[][] aantallen = [[1, 2, 0], [9, 8, 30], [6, 12, 40]];
        var tabel = Kleinecelonderdrukking.Tabel(aantallen, 5);
        tabel.Rijtotaal(0).Onderdrukt.ShouldBeTrue();
        Enumerable.Range(1, 2).Count(r => tabel.Rijtotaal(r).Onderdrukt).ShouldBeGreaterThanOrEqualTo(1);
        Ondeduceerbaar(aantallen, tabel, 5).ShouldBeTrue();
    }

    [TestCase(2)]
    [TestCase(3)]
    [TestCase(5)]
    [TestCase(7)]
    public void No_hidden_figure_of_many_random_small_tables_can_be_derived_from_what_is_shown(int drempel)
    {
        for (var seed = 0; seed < 400; seed++)
        {
            var random = new Random(seed * 31 + drempel);
            var aantallen = WillekeurigeTabel(random);
            var tabel = Kleinecelonderdrukking.Tabel(aantallen, drempel);

            for (var r = 0; r < tabel.Rijen; r++)
            {
                for (var k = 0; k < tabel.Kolommen; k++)
                {
                    (Kleinecelonderdrukking.IsKlein(aantallen[r][k], drempel) && !tabel.Cel(r, k).Onderdrukt)
                        .ShouldBeFalse($"seed {seed}: a small cell is shown");
                }
            }

            Ondeduceerbaar(aantallen, tabel, drempel).ShouldBeTrue($"seed {seed}, drempel {drempel}: {Beschrijf(aantallen, tabel)}");
        }
    }

    [Test]
    public void No_hidden_figure_of_many_random_breakdowns_can_be_derived_from_the_total()
    {
        for (var seed = 0; seed < 400; seed++)
        {
            var random = new Random(seed);
            int[] aantallen = [.. Enumerable.Range(0, random.Next(1, 7)).Select(_ => Aantal(random))];
            var reeks = Kleinecelonderdrukking.Reeks(aantallen, 5);
            var tabel = Kleinecelonderdrukking.Tabel([aantallen], 5);
            reeks.Cellen.ShouldBe(tabel.Rij(0));
            Ondeduceerbaar([aantallen], tabel, 5).ShouldBeTrue($"seed {seed}: {Beschrijf([aantallen], tabel)}");
        }
    }

    private static int Aantal(Random random) => random.Next(3) switch
    {
        0 => 0,
        1 => random.Next(1, 5),
        _ => random.Next(0, 16),
    };

    private static int[][] WillekeurigeTabel(Random random)
    {
        var rijen = random.Next(2, 6);
        var kolommen = random.Next(2, 6);
        return [.. Enumerable.Range(0, rijen).Select(_ => Enumerable.Range(0, kolommen).Select(_ => Aantal(random)).ToArray())];
    }

    private static List<(int, int)> Verborgen(OnderdrukteTabel tabel) =>
        [.. from r in Enumerable.Range(0, tabel.Rijen) from k in Enumerable.Range(0, tabel.Kolommen) where tabel.Cel(r, k).Onderdrukt select (r, k)];

    private static string Beschrijf(int[][] aantallen, OnderdrukteTabel tabel) =>
        string.Join(" / ", aantallen.Select((rij, r) => string.Join(" ", rij.Select((a, k) => tabel.Cel(r, k).Onderdrukt ? $"[{a}]" : $"{a}"))));

    /// <summary>
    /// Enumerates the non-negative whole-number completions of the hidden cells that agree with every shown cell and
    /// shown total, and says whether every hidden figure (cell or total) takes at least two values over them. Each
    /// hidden cell is bounded by the smallest shown total of its row, column and table; where none is shown the reader
    /// knows no bound, so any bound above the true value serves. The walk stops once every hidden figure took two
    /// values: the rest of the completions cannot change the verdict.
    /// </summary>
    private static bool Ondeduceerbaar(int[][] aantallen, OnderdrukteTabel tabel, int drempel)
    {
        var rijen = tabel.Rijen;
        var kolommen = tabel.Kolommen;
        var onbekend = Verborgen(tabel);
        var rijtotaal = Enumerable.Range(0, rijen).Select(r => tabel.Rijtotaal(r).Getoond).ToArray();
        var kolomtotaal = Enumerable.Range(0, kolommen).Select(k => tabel.Kolomtotaal(k).Getoond).ToArray();
        var totaal = tabel.Totaal.Getoond;
        var vrij = aantallen.SelectMany(r => r).DefaultIfEmpty(0).Max() + drempel;
        var grenzen = onbekend.Select(p => new[] { rijtotaal[p.Item1], kolomtotaal[p.Item2], totaal }.Where(t => t is not null).Select(t => t!.Value).DefaultIfEmpty(vrij).Min()).ToArray();

        // What the reader sees: the shown cells are fixed, so a line's hidden cells add up to its total minus those.
        var rijrest = new int?[rijen];
        var kolomrest = new int?[kolommen];
        for (var r = 0; r < rijen; r++)
        {
            rijrest[r] = rijtotaal[r] - Enumerable.Range(0, kolommen).Where(k => !tabel.Cel(r, k).Onderdrukt).Sum(k => aantallen[r][k]);
        }

        for (var k = 0; k < kolommen; k++)
        {
            kolomrest[k] = kolomtotaal[k] - Enumerable.Range(0, rijen).Where(r => !tabel.Cel(r, k).Onderdrukt).Sum(r => aantallen[r][k]);
        }

        int? totaalrest = totaal - aantallen.SelectMany((rij, r) => rij.Where((_, k) => !tabel.Cel(r, k).Onderdrukt)).Sum();

        // Hidden totals are figures too: collect the values they take (they are the sums of the completion).
        var verborgenRijtotalen = Enumerable.Range(0, rijen).Where(r => tabel.Rijtotaal(r).Onderdrukt).ToList();
        var verborgenKolomtotalen = Enumerable.Range(0, kolommen).Where(k => tabel.Kolomtotaal(k).Onderdrukt).ToList();
        var waarden = Enumerable.Range(0, onbekend.Count + verborgenRijtotalen.Count + verborgenKolomtotalen.Count + (totaal is null ? 1 : 0)).Select(_ => new HashSet<int>()).ToArray();
        var resterendInRij = Enumerable.Range(0, rijen).Select(r => onbekend.Count(p => p.Item1 == r)).ToArray();
        var resterendInKolom = Enumerable.Range(0, kolommen).Select(k => onbekend.Count(p => p.Item2 == k)).ToArray();
        var keuze = new int[onbekend.Count];
        var klaar = false;

        void Blad()
        {
            var rijsom = new int[rijen];
            var kolomsom = new int[kolommen];
            for (var r = 0; r < rijen; r++)
            {
                for (var k = 0; k < kolommen; k++)
                {
                    var index = onbekend.IndexOf((r, k));
                    var waarde = index >= 0 ? keuze[index] : aantallen[r][k];
                    rijsom[r] += waarde;
                    kolomsom[k] += waarde;
                }
            }

            for (var i = 0; i < onbekend.Count; i++)
            {
                waarden[i].Add(keuze[i]);
            }

            var j = onbekend.Count;
            foreach (var r in verborgenRijtotalen)
            {
                waarden[j++].Add(rijsom[r]);
            }

            foreach (var k in verborgenKolomtotalen)
            {
                waarden[j++].Add(kolomsom[k]);
            }

            if (totaal is null)
            {
                waarden[j].Add(rijsom.Sum());
            }

            klaar = waarden.All(w => w.Count >= 2);
        }

        void Stap(int i)
        {
            if (klaar)
            {
                return;
            }

            if (i == onbekend.Count)
            {
                if (rijrest.All(r => r is null or 0) && kolomrest.All(k => k is null or 0) && totaalrest is null or 0)
                {
                    Blad();
                }

                return;
            }

            var (r, k) = onbekend[i];
            resterendInRij[r]--;
            resterendInKolom[k]--;
            var van = 0;
            var tot = grenzen[i];

            // The last hidden cell of a line whose total is shown is forced.
            if (resterendInRij[r] == 0 && rijrest[r] is { } rr)
            {
                van = Math.Max(van, rr);
                tot = Math.Min(tot, rr);
            }

            if (resterendInKolom[k] == 0 && kolomrest[k] is { } kr)
            {
                van = Math.Max(van, kr);
                tot = Math.Min(tot, kr);
            }

            for (var waarde = van; waarde <= tot && !klaar; waarde++)
            {
                if ((rijrest[r] ?? waarde) < waarde || (kolomrest[k] ?? waarde) < waarde || (totaalrest ?? waarde) < waarde)
                {
                    break;
                }

                keuze[i] = waarde;
                rijrest[r] -= waarde;
                kolomrest[k] -= waarde;
                totaalrest -= waarde;
                Stap(i + 1);
                rijrest[r] += waarde;
                kolomrest[k] += waarde;
                totaalrest += waarde;
            }

            resterendInRij[r]++;
            resterendInKolom[k]++;
        }

        Stap(0);
        return waarden.All(w => w.Count >= 2);
    }
}
