namespace PassendOnderwijs.Domain.Thuiszitters;

/// <summary>A column or row heading: a stable code and the label people read.</summary>
public sealed record Kop(string Code, string Label);

/// <summary>One row of a <see cref="Kruistabel"/>: a count per column and the row's total.</summary>
public sealed record Telrij(Kop Kop, IReadOnlyList<int> Cellen, int Totaal);

/// <summary>
/// A count as a plain table: rows × columns of whole numbers, with row totals, column totals and a grand total. Every
/// breakdown of the thuiszitters count has this one shape, so a later step (small-cell suppression for figures shown
/// outside the samenwerkingsverband) can take any of them as it is.
/// </summary>
public sealed record Kruistabel(string Code, string Titel, IReadOnlyList<Kop> Kolommen, IReadOnlyList<Telrij> Rijen, IReadOnlyList<int> Kolomtotalen, int Totaal)
{
    /// <summary>Counts <paramref name="items"/> into the cell of their row and column; rows and columns keep the given order, also when empty.</summary>
    public static Kruistabel Tel<T>(
        string code, string titel, IReadOnlyList<Kop> rijen, IReadOnlyList<Kop> kolommen, IEnumerable<T> items, Func<T, string> rij, Func<T, string> kolom)
    {
        ArgumentNullException.ThrowIfNull(rijen);
        ArgumentNullException.ThrowIfNull(kolommen);
        ArgumentNullException.ThrowIfNull(items);
        var cellen = new int[rijen.Count, kolommen.Count];
        foreach (var item in items)
        {
            var r = Index(rijen, rij(item));
            var k = Index(kolommen, kolom(item));
            cellen[r, k]++;
        }

        var telrijen = rijen.Select((kop, r) =>
        {
            var waarden = Enumerable.Range(0, kolommen.Count).Select(k => cellen[r, k]).ToList();
            return new Telrij(kop, waarden, waarden.Sum());
        }).ToList();
        var kolomtotalen = Enumerable.Range(0, kolommen.Count).Select(k => telrijen.Sum(t => t.Cellen[k])).ToList();
        return new Kruistabel(code, titel, kolommen, telrijen, kolomtotalen, kolomtotalen.Sum());
    }

    /// <summary>The count in a cell, by the codes of its row and column.</summary>
    public int Cel(string rij, string kolom) => Rijen.Single(r => r.Kop.Code == rij).Cellen[Index(Kolommen, kolom)];

    private static int Index(IReadOnlyList<Kop> koppen, string code)
    {
        for (var i = 0; i < koppen.Count; i++)
        {
            if (koppen[i].Code == code)
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown heading '{code}'.", nameof(code));
    }
}
