using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Domain.Matching;

/// <summary>The arrangement kinds chosen to add to a starting profile, and the levels that reaches.</summary>
internal sealed record Arrangementkeuze(IReadOnlyList<Arrangementinhoud> Soorten, IvoNiveaus Niveaus, int Ontbrekend)
{
    /// <summary>
    /// Rule 2a: the lightest combination of the samenwerkingsverband's kinds on top of <paramref name="basis"/>. The
    /// level per field is the highest of the school and the chosen kinds. Ordered by the fields left open (so a
    /// combination that closes every gap wins, and otherwise the one that closes most), then the fewest kinds, then
    /// the lowest sum of the chosen kinds' levels, then the order of the list. Every subset is tried: there are at most
    /// six kinds (one per <see cref="Arrangementen.SoortArrangement"/>), so 64 subsets (rule 7).
    /// </summary>
    public static Arrangementkeuze Lichtste(IvoNiveaus behoeften, IvoNiveaus basis, IReadOnlyList<Arrangementinhoud> inhoud)
    {
        (int[] Keuze, int Ontbrekend, int Gewicht, IvoNiveaus Niveaus)? beste = null;
        for (var masker = 0; masker < 1 << inhoud.Count; masker++)
        {
            var keuze = Enumerable.Range(0, inhoud.Count).Where(i => (masker & (1 << i)) != 0).ToArray();
            var niveaus = Dekking.Per(v => keuze.Aggregate(basis[v], (n, i) => Dekking.Hoogste(n, inhoud[i].Brengt[v])));
            var kandidaat = (keuze, Dekking.Ontbrekend(behoeften, niveaus), keuze.Sum(i => inhoud[i].Gewicht), niveaus);
            if (beste is not { } b || IsLichter(kandidaat, b))
            {
                beste = kandidaat;
            }
        }

        var gekozen = beste!.Value;
        return new Arrangementkeuze([.. gekozen.Keuze.Select(i => inhoud[i])], gekozen.Niveaus, gekozen.Ontbrekend);
    }

    private static bool IsLichter((int[] Keuze, int Ontbrekend, int Gewicht, IvoNiveaus _) a, (int[] Keuze, int Ontbrekend, int Gewicht, IvoNiveaus _) b)
    {
        if (a.Ontbrekend != b.Ontbrekend)
        {
            return a.Ontbrekend < b.Ontbrekend;
        }

        if (a.Keuze.Length != b.Keuze.Length)
        {
            return a.Keuze.Length < b.Keuze.Length;
        }

        if (a.Gewicht != b.Gewicht)
        {
            return a.Gewicht < b.Gewicht;
        }

        // Same size: the first kind where they differ decides, the earlier in the list wins.
        var verschil = a.Keuze.Zip(b.Keuze).FirstOrDefault(p => p.First != p.Second);
        return verschil.First < verschil.Second;
    }
}
