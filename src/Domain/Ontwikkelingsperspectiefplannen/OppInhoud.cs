namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>
/// A deviation from the regular programme, for example an own leerlijn for a vakgebied with the level aimed at.
/// </summary>
public sealed record Afwijking(string Vakgebied, string Leerlijn, string? Niveau);

/// <summary>
/// What an OPP says (WPO art. 40a, WEC art. 41a, WVO 2020): the expected uitstroombestemming with its onderbouwing,
/// which names the bevorderende and belemmerende factoren; the deviations from the regular programme; and the
/// handelingsdeel. A concept may be incomplete; <see cref="OppInhoudsregels.Ontbrekend"/> says what a vaststelling
/// still needs. <see cref="VisieVanOuders"/> is the ouders' own view ("Hoe denk jij erover?") as this version took it
/// in: the ouders' words, never the school's to write; it is not part of the handelingsdeel (nor of its vingerafdruk).
/// </summary>
public sealed record OppInhoud(
    Uitstroombestemming? Uitstroombestemming,
    string? OnderbouwingUitstroom,
    string? BevorderendeFactoren,
    string? BelemmerendeFactoren,
    IReadOnlyList<Afwijking> Afwijkingen,
    Handelingsdeel Handelingsdeel,
    OppVisieVanOuders? VisieVanOuders = null)
{
    public static OppInhoud Leeg { get; } = new(null, null, null, null, [], Handelingsdeel.Leeg);

    public const int MaximaleLengteTekst = 4000;
    public const int MaximaleLengteKort = 160;
    public const int MaximumRegels = 50;
}
