namespace PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

/// <summary>
/// The legal terms around a TLV decision, in one place. Terms in weeks run from the day after the event (Awb 6:8), so
/// "six weeks after 1 March" ends on 12 April: the date plus 42 days.
/// </summary>
public static class TlvTermijnen
{
    /// <summary>Bezwaar is made within six weeks after the day of bekendmaking (Awb 6:7, 6:8).</summary>
    public const int BezwaartermijnWeken = 6;

    /// <summary>The SWV sends the bezwaar with its verweerschrift and the documents to the LBT within 14 days of receipt (LBT procedure).</summary>
    public const int LbtAdviesaanvraagDagen = 14;

    /// <summary>The beslissing op bezwaar is due 12 weeks after the bezwaar term ended, when an advisory committee advises (Awb 7:10 lid 1).</summary>
    public const int BeslistermijnWeken = 12;

    /// <summary>The SWV may put the decision off once, by six weeks (Awb 7:10 lid 3).</summary>
    public const int VerdagingWeken = 6;

    public static DateOnly EindeBezwaartermijn(DateOnly bekendgemaaktOp) => bekendgemaaktOp.AddDays(7 * BezwaartermijnWeken);

    public static DateOnly LbtAdviesaanvraagUiterlijk(DateOnly ontvangenOp) => ontvangenOp.AddDays(LbtAdviesaanvraagDagen);

    /// <summary>
    /// Twelve weeks from the end of the bezwaar term; a bezwaar received after that term (and excused) counts from its
    /// receipt, so a late bezwaar never starts with a term that has already passed.
    /// </summary>
    public static DateOnly BeslissenUiterlijk(DateOnly eindeBezwaartermijn, DateOnly ontvangenOp) =>
        (ontvangenOp > eindeBezwaartermijn ? ontvangenOp : eindeBezwaartermijn).AddDays(7 * BeslistermijnWeken);
}
