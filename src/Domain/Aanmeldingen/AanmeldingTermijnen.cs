namespace PassendOnderwijs.Domain.Aanmeldingen;

/// <summary>
/// The school's term for deciding on a written aanmelding (WPO art. 40 lid 5, WVO 2020 art. 2.33, WEC art. 40): six
/// weeks after receipt, extendable once by at most four weeks. A term in weeks starts the day after receipt and ends at
/// the end of the same weekday that many weeks later (Algemene termijnenwet style, as <c>TlvTermijnen</c>): received on
/// Monday 1 March 2027 → decided by Monday 12 April 2027 at the latest, i.e. the day of receipt plus 42 days; extended →
/// Monday 10 May 2027 (plus 70 days). The product does not move a last day that falls in a weekend or on a holiday to
/// the next working day (Atw art. 1): it warns against the earlier day, which is never too late.
/// </summary>
public static class AanmeldingTermijnen
{
    public const int BeslistermijnWeken = 6;

    public const int VerlengingWeken = 4;

    /// <summary>The deadline and warning signal come this many days ahead (deadline signals, werkvoorraad).</summary>
    public const int SignaalDagenVooraf = 14;

    public static DateOnly BesluitUiterlijk(DateOnly ontvangenOp) => ontvangenOp.AddDays(7 * BeslistermijnWeken);

    public static DateOnly VerlengdTot(DateOnly ontvangenOp) => BesluitUiterlijk(ontvangenOp).AddDays(7 * VerlengingWeken);
}
