using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>
/// The legal terms of an OPP (WPO art. 40a, WEC art. 41a): vastgesteld within six weeks after extra support starts or
/// the pupil is enrolled at SBO, SO or VSO; evaluated with the ouders at least once per school year.
/// </summary>
public static class OppTermijnen
{
    public const int VaststellingWeken = 6;

    /// <summary>
    /// From this day in the school year on, a plan vastgesteld is first evaluated in the next school year: the law asks
    /// for an evaluation per school year, not for one within weeks of the vaststelling (1 April leaves four months).
    /// </summary>
    public static readonly (int Maand, int Dag) LaatsteVaststellingVoorEvaluatieDitJaar = (4, 1);

    public static DateOnly VaststellenUiterlijk(DateOnly startdatum) => startdatum.AddDays(7 * VaststellingWeken);

    /// <summary>The end of the school year in which a plan vastgesteld on <paramref name="vastgesteld"/> is first evaluated.</summary>
    public static DateOnly EersteEvaluatieUiterlijk(DateOnly vastgesteld)
    {
        var schooljaar = Schooljaar.Op(vastgesteld);
        var grens = new DateOnly(schooljaar.Eindjaar, LaatsteVaststellingVoorEvaluatieDitJaar.Maand, LaatsteVaststellingVoorEvaluatieDitJaar.Dag);
        return (vastgesteld < grens ? schooljaar : schooljaar.Volgend()).Einddatum;
    }

    /// <summary>After an evaluation, the next is due in the next school year: by its last day.</summary>
    public static DateOnly VolgendeEvaluatieUiterlijk(DateOnly geevalueerd) => Schooljaar.Op(geevalueerd).Volgend().Einddatum;
}
