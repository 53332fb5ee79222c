using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

/// <summary>Who may object to a TLV decision (Awb: every belanghebbende).</summary>
public enum Indiener
{
    Ouders,
    Schoolbestuur,
    AndereBelanghebbende,
}

public static class IndienerCodes
{
    public static Codelijst<Indiener> Lijst { get; } = new(
        "indiener",
        new Dictionary<Indiener, (string Code, string Label)>
        {
            [Indiener.Ouders] = ("ouders", "Ouders of verzorgers"),
            [Indiener.Schoolbestuur] = ("schoolbestuur", "Schoolbestuur dat de toelaatbaarheidsverklaring aanvroeg"),
            [Indiener.AndereBelanghebbende] = ("andere-belanghebbende", "Andere belanghebbende"),
        });
}

/// <summary>The documents the SWV sends to the LBT and to the objector when it asks for advice.</summary>
public enum Bezwaarstuk
{
    Bezwaarschrift,
    Verweerschrift,
    Aanvraag,
    Deskundigenadviezen,
    Besluit,
    ProcedureEnCriteria,
}

public static class BezwaarstukCodes
{
    public static Codelijst<Bezwaarstuk> Lijst { get; } = new(
        "stuk",
        new Dictionary<Bezwaarstuk, (string Code, string Label)>
        {
            [Bezwaarstuk.Bezwaarschrift] = ("bezwaarschrift", "Het bezwaarschrift"),
            [Bezwaarstuk.Verweerschrift] = ("verweerschrift", "Het verweerschrift van het samenwerkingsverband"),
            [Bezwaarstuk.Aanvraag] = ("aanvraag", "De aanvraag"),
            [Bezwaarstuk.Deskundigenadviezen] = ("deskundigenadviezen", "Beide deskundigenadviezen"),
            [Bezwaarstuk.Besluit] = ("besluit", "Het besluit"),
            [Bezwaarstuk.ProcedureEnCriteria] = ("procedure-en-criteria", "De procedure en criteria van het samenwerkingsverband"),
        });
}

/// <summary>The LBT's advice on the bezwaar.</summary>
public enum LbtOordeel
{
    Gegrond,
    Ongegrond,
}

public static class LbtOordeelCodes
{
    public static Codelijst<LbtOordeel> Lijst { get; } = new(
        "oordeel",
        new Dictionary<LbtOordeel, (string Code, string Label)>
        {
            [LbtOordeel.Gegrond] = ("gegrond", "Gegrond"),
            [LbtOordeel.Ongegrond] = ("ongegrond", "Ongegrond"),
        });
}

/// <summary>How a bezwaar ended.</summary>
public enum Bezwaarafloop
{
    NietOntvankelijk,
    Handhaven,
    Herroepen,
    Wijzigen,
}

public static class BezwaarafloopCodes
{
    public static Codelijst<Bezwaarafloop> Lijst { get; } = new(
        "afloop",
        new Dictionary<Bezwaarafloop, (string Code, string Label)>
        {
            [Bezwaarafloop.NietOntvankelijk] = ("niet-ontvankelijk", "Niet-ontvankelijk"),
            [Bezwaarafloop.Handhaven] = ("handhaven", "Besluit gehandhaafd"),
            [Bezwaarafloop.Herroepen] = ("herroepen", "Besluit herroepen"),
            [Bezwaarafloop.Wijzigen] = ("wijzigen", "Besluit gewijzigd"),
        });
}

/// <summary>
/// A bezwaar against the TLV decision, from receipt to its end, with its terms: the LBT is asked within 14 days of
/// receipt, and the beslissing op bezwaar is due 12 weeks after the bezwaar term ended, once put off by 6 weeks. A
/// bezwaar received after the bezwaar term is flagged: the SWV declares it niet-ontvankelijk or records why the delay
/// is excusable.
/// </summary>
public sealed record Bezwaar
{
    public const int MaximaleLengteTekst = 8000;
    public const int MaximaleLengteNaam = 160;

    public required Guid Id { get; init; }

    public required Indiener Indiener { get; init; }

    public required string IndienerNaam { get; init; }

    public required DateOnly OntvangenOp { get; init; }

    /// <summary>
    /// The objector's own explanation of why they object, kept with the bezwaar: an ouder writes it in the portal (the
    /// bezwaarschrift itself); null for a paper bezwaarschrift that staff register.
    /// </summary>
    public string? Toelichting { get; init; }

    /// <summary>Received after the bezwaar term: it goes on only when the delay is excused (<see cref="Verschoning"/>).</summary>
    public required bool TeLaat { get; init; }

    public string? Verschoning { get; init; }

    public required DateOnly LbtAdviesaanvraagUiterlijk { get; init; }

    public DateOnly? LbtGevraagdOp { get; init; }

    public IReadOnlyList<Bezwaarstuk> Stukken { get; init; } = [];

    public DateOnly? HoorzittingOp { get; init; }

    public string? Hoorzittingverslag { get; init; }

    public LbtOordeel? LbtOordeel { get; init; }

    public DateOnly? LbtAdviesOp { get; init; }

    public required DateOnly BeslissenUiterlijk { get; init; }

    /// <summary>The reason of the one extension the law allows; null while not extended.</summary>
    public string? Verdaging { get; init; }

    public Bezwaarafloop? Afloop { get; init; }

    public DateOnly? AfgerondOp { get; init; }

    public string? Motivering { get; init; }

    /// <summary>Whether the bezwaar may be dealt with on its merits: in time, or late with the delay excused.</summary>
    public bool MagInhoudelijk => !TeLaat || Verschoning is not null;
}
