using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Aanmeldingen;

/// <summary>
/// Where an aanmelding is (<see cref="AanmeldingLevenscyclus"/>): ontvangen → (verlengd, once) → besloten, or
/// ingetrokken by the ouders while open.
/// </summary>
public enum AanmeldingStatus
{
    Ontvangen,
    Verlengd,
    Besloten,
    Ingetrokken,
}

public static class AanmeldingStatusCodes
{
    public static Codelijst<AanmeldingStatus> Lijst { get; } = new(
        "status",
        new Dictionary<AanmeldingStatus, (string Code, string Label)>
        {
            [AanmeldingStatus.Ontvangen] = ("ontvangen", "Ontvangen, besluit volgt"),
            [AanmeldingStatus.Verlengd] = ("verlengd", "Termijn verlengd, besluit volgt"),
            [AanmeldingStatus.Besloten] = ("besloten", "Besloten"),
            [AanmeldingStatus.Ingetrokken] = ("ingetrokken", "Ingetrokken door de ouders"),
        });

    /// <summary>Still waiting for the school's decision.</summary>
    public static bool IsOpen(this AanmeldingStatus status) => status is AanmeldingStatus.Ontvangen or AanmeldingStatus.Verlengd;
}

/// <summary>A step in an aanmelding's lifecycle; each has one row in <see cref="AanmeldingLevenscyclus"/>.</summary>
public enum AanmeldingStap
{
    Verlenging,
    Besluit,
    Intrekking,
}

public static class AanmeldingStapCodes
{
    public static Codelijst<AanmeldingStap> Lijst { get; } = new(
        "stap",
        new Dictionary<AanmeldingStap, (string Code, string Label)>
        {
            [AanmeldingStap.Verlenging] = ("verlenging", "Termijn verlengen"),
            [AanmeldingStap.Besluit] = ("besluit", "Besluiten over de toelating"),
            [AanmeldingStap.Intrekking] = ("intrekking", "Intrekking door de ouders vastleggen"),
        });
}

/// <summary>What the school decided.</summary>
public enum Toelatingsuitkomst
{
    Toegelaten,

    /// <summary>Not admitted here, but at another school that agreed, found in overleg with the ouders (the zorgplicht met).</summary>
    AndereSchool,

    NietToegelaten,

    /// <summary>The school is full: it does not admit, and the zorgplicht does not apply.</summary>
    Vol,
}

public static class ToelatingsuitkomstCodes
{
    public static Codelijst<Toelatingsuitkomst> Lijst { get; } = new(
        "uitkomst",
        new Dictionary<Toelatingsuitkomst, (string Code, string Label)>
        {
            [Toelatingsuitkomst.Toegelaten] = ("toegelaten", "Toegelaten"),
            [Toelatingsuitkomst.AndereSchool] = ("andere-school", "Toegelaten op een andere school"),
            [Toelatingsuitkomst.NietToegelaten] = ("niet-toegelaten", "Niet toegelaten"),
            [Toelatingsuitkomst.Vol] = ("vol", "Niet toegelaten: de school is vol"),
        });
}

/// <summary>Why the zorgplicht does not apply to an aanmelding; none means it applies.</summary>
public enum GeenZorgplicht
{
    /// <summary>A cluster 1 or 2 school has no zorgplicht (WEC art. 40).</summary>
    Cluster,

    /// <summary>The school is full and applies its admission policy (WPO art. 40 lid 4).</summary>
    Vol,
}

public static class GeenZorgplichtCodes
{
    public static Codelijst<GeenZorgplicht> Lijst { get; } = new(
        "reden zonder zorgplicht",
        new Dictionary<GeenZorgplicht, (string Code, string Label)>
        {
            [GeenZorgplicht.Cluster] = ("cluster-1-2", "De school hoort bij cluster 1 of 2 en heeft geen zorgplicht"),
            [GeenZorgplicht.Vol] = ("vol", "De school is vol; de zorgplicht geldt dan niet"),
        });
}

/// <summary>The actions an aanmelding's history records.</summary>
public static class AanmeldingGebeurtenis
{
    public const string Ontvangen = "ontvangen";
    public const string Verlengd = "verlengd";
    public const string Besloten = "besloten";
    public const string Ingetrokken = "ingetrokken";
}
