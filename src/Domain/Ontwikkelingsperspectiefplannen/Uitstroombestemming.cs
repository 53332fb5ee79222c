using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>
/// Where a pupil is expected to go after this school (WPO art. 40a, WEC art. 41a, WVO 2020): for a pupil in primary
/// education the expected level of secondary education or a VSO profile; for VSO one of the three uitstroomprofielen
/// of OSO code list 32 (1 dagbesteding, 2 arbeidsmarkt, 3 vervolgonderwijs).
/// </summary>
public enum Uitstroombestemming
{
    Praktijkonderwijs,
    VmboBasis,
    VmboKader,
    VmboGemengd,
    VmboTheoretisch,
    Havo,
    Vwo,
    Dagbesteding,
    Arbeidsmarkt,
    Vervolgonderwijs,
}

public static class UitstroombestemmingCodes
{
    public static Codelijst<Uitstroombestemming> Lijst { get; } = new(
        "uitstroombestemming",
        new Dictionary<Uitstroombestemming, (string Code, string Label)>
        {
            [Uitstroombestemming.Praktijkonderwijs] = ("pro", "Praktijkonderwijs"),
            [Uitstroombestemming.VmboBasis] = ("vmbo-bb", "Vmbo basisberoepsgerichte leerweg"),
            [Uitstroombestemming.VmboKader] = ("vmbo-kb", "Vmbo kaderberoepsgerichte leerweg"),
            [Uitstroombestemming.VmboGemengd] = ("vmbo-gl", "Vmbo gemengde leerweg"),
            [Uitstroombestemming.VmboTheoretisch] = ("vmbo-tl", "Vmbo theoretische leerweg"),
            [Uitstroombestemming.Havo] = ("havo", "Havo"),
            [Uitstroombestemming.Vwo] = ("vwo", "Vwo"),
            [Uitstroombestemming.Dagbesteding] = ("dagbesteding", "Uitstroomprofiel dagbesteding"),
            [Uitstroombestemming.Arbeidsmarkt] = ("arbeidsmarkt", "Uitstroomprofiel arbeidsmarkt"),
            [Uitstroombestemming.Vervolgonderwijs] = ("vervolgonderwijs", "Uitstroomprofiel vervolgonderwijs"),
        });

    /// <summary>The VSO uitstroomprofielen, which OSO code list 32 numbers 1, 2 and 3.</summary>
    public static IReadOnlyList<Uitstroombestemming> Uitstroomprofielen { get; } =
        [Uitstroombestemming.Dagbesteding, Uitstroombestemming.Arbeidsmarkt, Uitstroombestemming.Vervolgonderwijs];

    /// <summary>The number of a VSO uitstroomprofiel in OSO code list 32, or null for a level of secondary education.</summary>
    public static int? Oso32(this Uitstroombestemming bestemming) => bestemming switch
    {
        Uitstroombestemming.Dagbesteding => 1,
        Uitstroombestemming.Arbeidsmarkt => 2,
        Uitstroombestemming.Vervolgonderwijs => 3,
        _ => null,
    };

    /// <summary>
    /// The destinations a plan at this kind of school can name: VSO names an uitstroomprofiel only (a VSO pupil leaves
    /// for one of the three); primary, PrO and regular secondary schools name a level or a VSO profile.
    /// </summary>
    public static IReadOnlyList<Uitstroombestemming> Toegestaan(SoortSchool school) =>
        school == SoortSchool.Vso ? Uitstroomprofielen : Enum.GetValues<Uitstroombestemming>();
}
