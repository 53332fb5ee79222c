using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Thuiszitters;

/// <summary>
/// What a register entry is: one of the two kinds of thuiszitter the Inspectie asks about, or a vrijstelling, which is
/// kept in the same register (the SWV must know it) but never counts as thuiszitter.
/// </summary>
public enum Verzuimsoort
{
    /// <summary>Of compulsory school age and not enrolled at any school: a thuiszitter from the first day.</summary>
    AbsoluutVerzuim,

    /// <summary>Enrolled but absent without exemption: a thuiszitter from 4 weeks of absence on.</summary>
    LangdurigRelatiefVerzuim,

    /// <summary>Exempt from the Leerplichtwet: recorded, not a thuiszitter.</summary>
    Vrijstelling,
}

/// <summary>Why the child is at home: the reason category the SWV reports on.</summary>
public enum Thuiszitreden
{
    GeenPassendAanbod,
    WachtenOpPlek,
    ZiektePsychisch,
    Schoolweigering,
    OnvoldoendeOndersteuning,
    Anders,
}

/// <summary>The article of the Leerplichtwet a vrijstelling rests on.</summary>
public enum Vrijstellingsgrond
{
    Artikel5OnderA,
    Artikel5OnderB,
    Artikel5a,
    Artikel15,
}

/// <summary>Why an entry ended without a return to school.</summary>
public enum Beeindigingsreden
{
    Verhuisd,
    NietMeerLeerplichtig,
    VrijstellingVerleend,
    Anders,
}

public static class VerzuimsoortCodes
{
    public static Codelijst<Verzuimsoort> Lijst { get; } = new(
        "soort verzuim",
        new Dictionary<Verzuimsoort, (string Code, string Label)>
        {
            [Verzuimsoort.AbsoluutVerzuim] = ("absoluut-verzuim", "Absoluut verzuim"),
            [Verzuimsoort.LangdurigRelatiefVerzuim] = ("langdurig-relatief-verzuim", "Langdurig relatief verzuim"),
            [Verzuimsoort.Vrijstelling] = ("vrijstelling", "Vrijstelling"),
        });

    /// <summary>The kinds that make a child a thuiszitter (the count's columns).</summary>
    public static IReadOnlyList<Verzuimsoort> Thuiszitters { get; } = [Verzuimsoort.AbsoluutVerzuim, Verzuimsoort.LangdurigRelatiefVerzuim];
}

public static class ThuiszitredenCodes
{
    public static Codelijst<Thuiszitreden> Lijst { get; } = new(
        "reden",
        new Dictionary<Thuiszitreden, (string Code, string Label)>
        {
            [Thuiszitreden.GeenPassendAanbod] = ("geen-passend-aanbod", "Geen passend onderwijsaanbod"),
            [Thuiszitreden.WachtenOpPlek] = ("wachten-op-plek", "Wachten op een plek"),
            [Thuiszitreden.ZiektePsychisch] = ("ziekte-psychisch", "Ziekte of psychische klachten"),
            [Thuiszitreden.Schoolweigering] = ("schoolweigering", "Schoolweigering"),
            [Thuiszitreden.OnvoldoendeOndersteuning] = ("onvoldoende-ondersteuning", "Onvoldoende ondersteuning op school"),
            [Thuiszitreden.Anders] = ("anders", "Een andere reden"),
        });
}

public static class VrijstellingsgrondCodes
{
    public static Codelijst<Vrijstellingsgrond> Lijst { get; } = new(
        "grond van de vrijstelling",
        new Dictionary<Vrijstellingsgrond, (string Code, string Label)>
        {
            [Vrijstellingsgrond.Artikel5OnderA] = ("artikel-5-onder-a", "Artikel 5 onder a: niet geschikt voor onderwijs"),
            [Vrijstellingsgrond.Artikel5OnderB] = ("artikel-5-onder-b", "Artikel 5 onder b: bezwaar tegen de richting van de scholen"),
            [Vrijstellingsgrond.Artikel5a] = ("artikel-5a", "Artikel 5a: niet in staat tot volledig dagonderwijs"),
            [Vrijstellingsgrond.Artikel15] = ("artikel-15", "Artikel 15: vrijstelling om een andere reden (bijvoorbeeld onderwijs buiten Nederland)"),
        });
}

public static class BeeindigingsredenCodes
{
    public static Codelijst<Beeindigingsreden> Lijst { get; } = new(
        "reden van beëindigen",
        new Dictionary<Beeindigingsreden, (string Code, string Label)>
        {
            [Beeindigingsreden.Verhuisd] = ("verhuisd", "Verhuisd buiten het samenwerkingsverband"),
            [Beeindigingsreden.NietMeerLeerplichtig] = ("niet-meer-leerplichtig", "Niet meer leerplichtig"),
            [Beeindigingsreden.VrijstellingVerleend] = ("vrijstelling-verleend", "Vrijstelling verleend"),
            [Beeindigingsreden.Anders] = ("anders", "Een andere reden"),
        });
}
