namespace PassendOnderwijs.Domain.Beleidsinformatie.Onderdrukking;

/// <summary>
/// The one small-cell rule of every figure shown outside the samenwerkingsverband's bureau. A count of 1 up to the
/// drempel (exclusive) can point to one child, so it is hidden (primary suppression); zero points to nobody and stays.
/// Totals are shown, so a hidden count must not follow from a total by subtraction: further cells are hidden with it
/// (complementary suppression) until no hidden figure can be derived from what is shown.
/// </summary>
/// <remarks>
/// A table with its row, column and grand totals is read as one extended table whose last row and column are the
/// totals: every row and column of it says "the cells add up to the total". A hidden figure can only be derived when
/// some such line holds it alone, or when it is a bridge: the hidden figures, as edges between their row and column,
/// fall apart into two groups without it (the sums over each group's lines then give it away). So the rule is: every
/// line holds zero or at least two hidden figures, and every hidden figure lies on a cycle of hidden figures; all of
/// them then vary together (one up, the next down, around the cycle) while every shown figure stays. A total below the
/// drempel is itself hidden and becomes a cell of the next level (the totals row or column, up to the grand total).
/// Complementary figures are chosen smallest first, so the least information is lost.
/// </remarks>
public static class Kleinecelonderdrukking
{
    /// <summary>The drempel when the samenwerkingsverband set none: the usual threshold of Dutch education statistics.</summary>
    public const int StandaardDrempel = 5;

    /// <summary>Below 2 nothing would be hidden: a count of 1 always points to one child.</summary>
    public const int MinimumDrempel = 2;

    /// <summary>Above 20 most figures of a samenwerkingsverband's regio would disappear, which makes the information useless.</summary>
    public const int MaximumDrempel = 20;

    public static bool IsKlein(int aantal, int drempel) => aantal > 0 && aantal < drempel;

    /// <summary>A breakdown of one dimension (a count per school, per outcome, …) with its total.</summary>
    public static OnderdrukteReeks Reeks(IReadOnlyList<int> aantallen, int drempel)
    {
        ArgumentNullException.ThrowIfNull(aantallen);
        var tabel = Tabel([aantallen], drempel);
        return new OnderdrukteReeks(tabel.Rij(0), tabel.Rijtotaal(0));
    }

    /// <summary>A table of rows × columns with its row totals, column totals and grand total.</summary>
    public static OnderdrukteTabel Tabel(IReadOnlyList<IReadOnlyList<int>> aantallen, int drempel)
    {
        ArgumentNullException.ThrowIfNull(aantallen);
        ArgumentOutOfRangeException.ThrowIfLessThan(drempel, MinimumDrempel);
        var rijen = aantallen.Count;
        var kolommen = rijen == 0 ? 0 : aantallen[0].Count;
        if (aantallen.Any(r => r.Count != kolommen) || aantallen.Any(r => r.Any(a => a < 0)))
        {
            throw new ArgumentException("A table is rectangular and holds counts of zero or more.", nameof(aantallen));
        }

        var uitgebreid = Uitgebreid(aantallen, rijen, kolommen);

        // One row of cells: a column's total is its single cell, so only the row (the breakdown's total) is a line.
        var verborgen = Onderdruk(uitgebreid, drempel, eenRij: rijen == 1);
        return new OnderdrukteTabel(uitgebreid, verborgen, rijen, kolommen);
    }

    /// <summary>The table with its totals as last column and last row; the last entry is the grand total.</summary>
    private static int[,] Uitgebreid(IReadOnlyList<IReadOnlyList<int>> aantallen, int rijen, int kolommen)
    {
        var t = new int[rijen + 1, kolommen + 1];
        for (var r = 0; r < rijen; r++)
        {
            for (var k = 0; k < kolommen; k++)
            {
                var a = aantallen[r][k];
                t[r, k] = a;
                t[r, kolommen] += a;
                t[rijen, k] += a;
                t[rijen, kolommen] += a;
            }
        }

        return t;
    }

    private static bool[,] Onderdruk(int[,] t, int drempel, bool eenRij)
    {
        var hoogte = t.GetLength(0);
        var breedte = t.GetLength(1);
        var verborgen = new bool[hoogte, breedte];
        for (var r = 0; r < hoogte; r++)
        {
            for (var k = 0; k < breedte; k++)
            {
                verborgen[r, k] = IsKlein(t[r, k], drempel);
            }
        }

        if (eenRij)
        {
            // The column totals repeat the cells: what is hidden in the row is hidden below it too, and the row is the only line.
            Vul(t, verborgen, Lijn(breedte, k => (0, k)), _ => 0);
            for (var k = 0; k < breedte; k++)
            {
                verborgen[1, k] = verborgen[0, k];
            }

            return verborgen;
        }

        // Each step only adds hidden figures, and there are finitely many: this ends.
        var veranderd = true;
        while (veranderd)
        {
            veranderd = false;
            for (var r = 0; r < hoogte; r++)
            {
                veranderd |= Vul(t, verborgen, Lijn(breedte, k => (r, k)), p => Verborgen(verborgen, Lijn(hoogte, r2 => (r2, p.K))));
            }

            for (var k = 0; k < breedte; k++)
            {
                veranderd |= Vul(t, verborgen, Lijn(hoogte, r => (r, k)), p => Verborgen(verborgen, Lijn(breedte, k2 => (p.R, k2))));
            }

            veranderd |= !veranderd && SluitBruggen(t, verborgen);
        }

        return verborgen;
    }

    private static (int R, int K)[] Lijn(int lengte, Func<int, (int, int)> positie) =>
        [.. Enumerable.Range(0, lengte).Select(positie)];

    private static int Verborgen(bool[,] verborgen, (int R, int K)[] lijn) => lijn.Count(p => verborgen[p.R, p.K]);

    /// <summary>
    /// A line that holds exactly one hidden figure gives it away: hide the smallest shown figure that is not zero. A
    /// figure whose crossing line also holds one hidden figure goes first, as it mends two lines at once (without that,
    /// smallest-first alone spreads one small cell over the whole table).
    /// </summary>
    private static bool Vul(int[,] t, bool[,] verborgen, (int R, int K)[] lijn, Func<(int R, int K), int> verborgenInKruisendeLijn)
    {
        if (Verborgen(verborgen, lijn) != 1)
        {
            return false;
        }

        // Cells before the total on a tie (the line's last position): a cell says less than a total.
        var kandidaat = lijn
            .Select((p, i) => (p, i))
            .Where(x => !verborgen[x.p.R, x.p.K] && t[x.p.R, x.p.K] > 0)
            .OrderBy(x => verborgenInKruisendeLijn(x.p) == 1 ? 0 : 1).ThenBy(x => t[x.p.R, x.p.K]).ThenBy(x => x.i)
            .Select(x => ((int R, int K)?)x.p)
            .FirstOrDefault();

        // Zero only when nothing else is left; a zero hidden beside one count can still rise while that count falls.
        kandidaat ??= lijn.Where(p => !verborgen[p.R, p.K]).Select(p => ((int R, int K)?)p).FirstOrDefault();
        if (kandidaat is not { } gekozen)
        {
            return false;
        }

        verborgen[gekozen.R, gekozen.K] = true;
        return true;
    }

    /// <summary>
    /// Finds a hidden figure that lies on no cycle (a bridge between two groups of hidden figures) and hides the
    /// smallest shown figure that closes a cycle through it. One per call: the lines are checked again after it.
    /// </summary>
    private static bool SluitBruggen(int[,] t, bool[,] verborgen)
    {
        var hoogte = t.GetLength(0);
        var breedte = t.GetLength(1);
        for (var r = 0; r < hoogte; r++)
        {
            for (var k = 0; k < breedte; k++)
            {
                if (!verborgen[r, k])
                {
                    continue;
                }

                verborgen[r, k] = false;
                var (rijkant, kolomkant) = Bereikbaar(verborgen, r, hoogte, breedte);
                verborgen[r, k] = true;
                if (kolomkant[k])
                {
                    continue;
                }

                // Rows on the row's side and columns on the column's side, or the other way round, close a cycle.
                var (rijenVanKolom, kolommenVanKolom) = BereikbaarVanKolom(verborgen, k, r, hoogte, breedte);
                var kandidaten = new List<(int R, int K)>();
                for (var r2 = 0; r2 < hoogte; r2++)
                {
                    for (var k2 = 0; k2 < breedte; k2++)
                    {
                        if (!verborgen[r2, k2] && ((rijkant[r2] && kolommenVanKolom[k2]) || (rijenVanKolom[r2] && kolomkant[k2])))
                        {
                            kandidaten.Add((r2, k2));
                        }
                    }
                }

                // Never empty: the row's side holds a second row (each line holds two hidden figures), and so a pair with k.
                // Zero last: a hidden zero can only rise, so it closes a cycle in one direction only.
                var gekozen = kandidaten.OrderBy(p => t[p.R, p.K] == 0 ? 1 : 0).ThenBy(p => t[p.R, p.K]).ThenBy(p => p.R).ThenBy(p => p.K).First();
                verborgen[gekozen.R, gekozen.K] = true;
                return true;
            }
        }

        return false;
    }

    /// <summary>The rows and columns joined to row <paramref name="start"/> by hidden figures.</summary>
    private static (bool[] Rijen, bool[] Kolommen) Bereikbaar(bool[,] verborgen, int start, int hoogte, int breedte)
    {
        var rijen = new bool[hoogte];
        var kolommen = new bool[breedte];
        var wachtrij = new Queue<(bool IsRij, int Index)>();
        rijen[start] = true;
        wachtrij.Enqueue((true, start));
        while (wachtrij.TryDequeue(out var punt))
        {
            if (punt.IsRij)
            {
                for (var k = 0; k < breedte; k++)
                {
                    if (verborgen[punt.Index, k] && !kolommen[k])
                    {
                        kolommen[k] = true;
                        wachtrij.Enqueue((false, k));
                    }
                }
            }
            else
            {
                for (var r = 0; r < hoogte; r++)
                {
                    if (verborgen[r, punt.Index] && !rijen[r])
                    {
                        rijen[r] = true;
                        wachtrij.Enqueue((true, r));
                    }
                }
            }
        }

        return (rijen, kolommen);
    }

    /// <summary>The rows and columns joined to column <paramref name="kolom"/> without the figure at (<paramref name="rij"/>, kolom).</summary>
    private static (bool[] Rijen, bool[] Kolommen) BereikbaarVanKolom(bool[,] verborgen, int kolom, int rij, int hoogte, int breedte)
    {
        verborgen[rij, kolom] = false;
        try
        {
            // Transposed: walk from the column as if it were a row.
            var getransponeerd = new bool[breedte, hoogte];
            for (var r = 0; r < hoogte; r++)
            {
                for (var k = 0; k < breedte; k++)
                {
                    getransponeerd[k, r] = verborgen[r, k];
                }
            }

            var (kolommen, rijen) = Bereikbaar(getransponeerd, kolom, breedte, hoogte);
            return (rijen, kolommen);
        }
        finally
        {
            verborgen[rij, kolom] = true;
        }
    }
}
