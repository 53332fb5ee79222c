using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Domain.Matching;

/// <summary>Rule 2b: whether an aanbieder can give the pupil ambulante begeleiding, and how it explains itself.</summary>
internal static class Ambulantebegeleiding
{
    /// <summary>
    /// The begeleiding <paramref name="aanbieder"/> can give on <paramref name="peildatum"/>, or null. It must be in
    /// bedrijf, and for every named expertise hold the licence and an aanbod line whose periode holds the peildatum and
    /// whose werkgebied reaches the pupil. Only then does it lift the Expertise field to zeer intensief: an aanbieder
    /// that offers part of the named expertises leaves the rest of the need open, so it does not count as closing it.
    /// Per expertise the nearest line counts, then the one with the highest published capacity.
    /// </summary>
    public static Begeleidingsinzet? Voor(Aanbiederprofiel aanbieder, Hulpvraag hulpvraag, DateOnly peildatum)
    {
        if (hulpvraag.Expertises.Count == 0 || !aanbieder.IsInBedrijfOp(peildatum))
        {
            return null;
        }

        var regels = new List<(Aanbodregel Regel, Nabijheid Nabijheid)>();
        foreach (var expertise in hulpvraag.Expertises.Distinct())
        {
            if (!aanbieder.Licenties.Contains(expertise.Waarde))
            {
                return null;
            }

            var passend = aanbieder.Aanbod
                .Where(r => r.Expertise == expertise && r.Periode.Bevat(peildatum))
                .Select(r => (Regel: r, Nabijheid: Bereik(r.Werkgebied, hulpvraag)))
                .Where(x => x.Nabijheid is not null)
                .OrderBy(x => x.Nabijheid)
                .ThenBy(x => x.Regel.Capaciteit is null)
                .ThenByDescending(x => x.Regel.Capaciteit)
                .Select(x => (x.Regel, Nabijheid: x.Nabijheid!.Value))
                .ToList();
            if (passend.Count == 0)
            {
                return null;
            }

            regels.Add(passend[0]);
        }

        var capaciteiten = regels.Select(r => r.Regel.Capaciteit).OfType<int>().ToList();
        return new Begeleidingsinzet(
            aanbieder.Code,
            aanbieder.Naam,
            [.. regels.Select(r => r.Regel)],
            regels.Max(r => r.Nabijheid),
            capaciteiten.Count == 0 ? null : capaciteiten.Min());
    }

    /// <summary>
    /// How a werkgebied reaches the pupil, the most local statement first; null when it does not (the same cover as
    /// <see cref="Werkgebied.Omvat"/>, told apart for the ranking).
    /// </summary>
    public static Nabijheid? Bereik(Werkgebied werkgebied, Hulpvraag hulpvraag) =>
        hulpvraag.Postcodegebied is { } postcode && werkgebied.Postcodegebieden.Contains(postcode) ? Nabijheid.WerkgebiedPostcodegebied
        : werkgebied.Samenwerkingsverbanden.Contains(hulpvraag.Samenwerkingsverband.Waarde) ? Nabijheid.WerkgebiedSamenwerkingsverband
        : werkgebied.IsLandelijk ? Nabijheid.WerkgebiedLandelijk
        : null;

    /// <summary>"met ambulante begeleiding door 101A003 (SLECHTHORENDHEID, werkgebied PO2705)".</summary>
    public static string Steun(Begeleidingsinzet inzet, Hulpvraag hulpvraag) =>
        $"met ambulante begeleiding door {inzet.Aanbieder} ({string.Join("; ", inzet.Regels.Select(r => $"{r.Expertise}, {Werkgebiedtekst(r.Werkgebied, hulpvraag)}"))})";

    private static string Werkgebiedtekst(Werkgebied werkgebied, Hulpvraag hulpvraag) => Bereik(werkgebied, hulpvraag) switch
    {
        Nabijheid.WerkgebiedPostcodegebied => $"werkgebied postcodegebied {hulpvraag.Postcodegebied}",
        Nabijheid.WerkgebiedSamenwerkingsverband => $"werkgebied {hulpvraag.Samenwerkingsverband}",
        _ => "landelijk werkgebied",
    };

    /// <summary>The Expertise field once the begeleiding is there: zeer intensief, the other fields as they were.</summary>
    public static IvoNiveaus Opgetild(IvoNiveaus school) =>
        Dekking.Per(v => v == IvoVeld.Expertise ? Intensiteit.ZeerIntensief : school[v]);
}
