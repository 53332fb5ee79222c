using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Thuiszitters;

/// <summary>
/// What the count needs of one register entry: no name, only its kind, dates, the child's date of birth and the reason
/// or ground.
/// </summary>
public sealed record Telregel(
    Verzuimsoort Soort, DateOnly VerzuimSinds, DateOnly Geboortedatum, Thuiszitreden? Reden, Vrijstellingsgrond? Grond,
    DateOnly? Terugkeerdatum, DateOnly? Beeindigdatum);

/// <summary>The count on one peildatum: every breakdown as a <see cref="Kruistabel"/>.</summary>
/// <param name="Thuiszitters">How many children were thuiszitter on the peildatum (vrijstellingen not included).</param>
/// <param name="PeriodeVanaf">The first day of the period whose new thuiszitters <see cref="Terugkeer"/> follows.</param>
public sealed record Thuiszittertelling(
    DateOnly Peildatum, int Thuiszitters, DateOnly PeriodeVanaf, Kruistabel PerDuur, Kruistabel PerLeeftijd, Kruistabel PerReden,
    Kruistabel Terugkeer, Kruistabel Vrijstellingen)
{
    public IReadOnlyList<Kruistabel> Tabellen => [PerDuur, PerLeeftijd, PerReden, Terugkeer, Vrijstellingen];
}

/// <summary>
/// The count of the register on a peildatum, as the Inspectie asks it ("het aantal en soort thuiszitters"): a pure
/// function over the entries, so the rules are tested without a store.
/// <list type="bullet">
/// <item>A child is thuiszitter on the peildatum from the day it counts as one (<see cref="Thuiszitter.ThuiszitterVanaf"/>:
/// absoluut verzuim from the first day, relatief verzuim after 4 weeks) up to the day before it returned or the entry
/// ended. A vrijstelling is never counted as thuiszitter; vrijstellingen in force are counted apart, per ground.</item>
/// <item>Duration bands run from the first day of absence: tot 3 maanden, 3 tot 6, 6 tot 12, 1 jaar of langer, by
/// calendar months (a band ends on the same day of the month).</item>
/// <item>Age groups by age on the peildatum: tot en met 11, 12–15, 16–17, 18 en ouder.</item>
/// <item>Terugkeer follows the children who became thuiszitter in the 12 months up to the peildatum: back by their
/// aim (3 months after the absence began), back later, still at home, or ended otherwise — as known on the peildatum.</item>
/// </list>
/// </summary>
public static class ThuiszittertellingRegels
{
    public const int PeriodeMaanden = 12;

    public static IReadOnlyList<Kop> Categorieen { get; } =
        [.. VerzuimsoortCodes.Thuiszitters.Select(s => new Kop(VerzuimsoortCodes.Lijst.Code(s), VerzuimsoortCodes.Lijst.Label(s)))];

    public static IReadOnlyList<Kop> Duurbanden { get; } =
    [
        new("tot-3-maanden", "Tot 3 maanden"),
        new("3-tot-6-maanden", "3 tot 6 maanden"),
        new("6-tot-12-maanden", "6 tot 12 maanden"),
        new("1-jaar-of-langer", "1 jaar of langer"),
    ];

    public static IReadOnlyList<Kop> Leeftijdsgroepen { get; } =
    [
        new("tot-en-met-11", "Tot en met 11 jaar"),
        new("12-tot-en-met-15", "12 tot en met 15 jaar"),
        new("16-en-17", "16 en 17 jaar"),
        new("18-en-ouder", "18 jaar en ouder"),
    ];

    public static IReadOnlyList<Kop> Terugkeeruitkomsten { get; } =
    [
        new("binnen-3-maanden-terug", "Binnen 3 maanden terug"),
        new("later-terug", "Na meer dan 3 maanden terug"),
        new("nog-thuis", "Nog thuis op de peildatum"),
        new("anders-beeindigd", "Beëindigd zonder terugkeer"),
    ];

    private static readonly IReadOnlyList<Kop> Redenen =
        [.. Enum.GetValues<Thuiszitreden>().Select(r => new Kop(ThuiszitredenCodes.Lijst.Code(r), ThuiszitredenCodes.Lijst.Label(r)))];

    private static readonly IReadOnlyList<Kop> Gronden =
        [.. Enum.GetValues<Vrijstellingsgrond>().Select(g => new Kop(VrijstellingsgrondCodes.Lijst.Code(g), VrijstellingsgrondCodes.Lijst.Label(g)))];

    private static readonly IReadOnlyList<Kop> VrijstellingKolom = [new(VerzuimsoortCodes.Lijst.Code(Verzuimsoort.Vrijstelling), "Vrijstellingen")];

    public static Thuiszittertelling Tel(IEnumerable<Telregel> regels, DateOnly peildatum)
    {
        ArgumentNullException.ThrowIfNull(regels);
        var alle = regels.ToList();
        var thuis = alle.Where(r => IsThuiszitterOp(r, peildatum)).ToList();
        var vanaf = peildatum.AddMonths(-PeriodeMaanden).AddDays(1);
        var nieuw = alle.Where(r => Thuiszitter.ThuiszitterVanaf(r.Soort, r.VerzuimSinds) is { } begin && begin >= vanaf && begin <= peildatum).ToList();
        var vrijgesteld = alle.Where(r => r.Soort == Verzuimsoort.Vrijstelling && r.VerzuimSinds <= peildatum && !IsAfgeslotenOp(r, peildatum)).ToList();

        string Soort(Telregel r) => VerzuimsoortCodes.Lijst.Code(r.Soort);
        return new Thuiszittertelling(
            peildatum,
            thuis.Count,
            vanaf,
            Kruistabel.Tel("per-duur", "Naar duur van het verzuim", Duurbanden, Categorieen, thuis, r => Duurband(r.VerzuimSinds, peildatum), Soort),
            Kruistabel.Tel("per-leeftijd", "Naar leeftijd op de peildatum", Leeftijdsgroepen, Categorieen, thuis, r => Leeftijdsgroep(r.Geboortedatum, peildatum), Soort),
            Kruistabel.Tel("per-reden", "Naar reden", Redenen, Categorieen, thuis, r => ThuiszitredenCodes.Lijst.Code(r.Reden ?? Thuiszitreden.Anders), Soort),
            Kruistabel.Tel(
                "terugkeer",
                $"Nieuwe thuiszitters in de {PeriodeMaanden} maanden tot de peildatum: terug binnen 3 maanden?",
                Terugkeeruitkomsten, Categorieen, nieuw, r => Terugkeeruitkomst(r, peildatum), Soort),
            Kruistabel.Tel("vrijstellingen", "Vrijstellingen (geen thuiszitters)", Gronden, VrijstellingKolom, vrijgesteld,
                r => VrijstellingsgrondCodes.Lijst.Code(r.Grond ?? Vrijstellingsgrond.Artikel15), Soort));
    }

    /// <summary>Thuiszitter on <paramref name="peildatum"/>: from the day it counts as one, until the day it returned or ended.</summary>
    public static bool IsThuiszitterOp(Telregel regel, DateOnly peildatum)
    {
        ArgumentNullException.ThrowIfNull(regel);
        return Thuiszitter.ThuiszitterVanaf(regel.Soort, regel.VerzuimSinds) is { } vanaf && vanaf <= peildatum && !IsAfgeslotenOp(regel, peildatum);
    }

    public static string Duurband(DateOnly verzuimSinds, DateOnly peildatum) =>
        peildatum < verzuimSinds.AddMonths(3) ? Duurbanden[0].Code
        : peildatum < verzuimSinds.AddMonths(6) ? Duurbanden[1].Code
        : peildatum < verzuimSinds.AddMonths(12) ? Duurbanden[2].Code
        : Duurbanden[3].Code;

    public static string Leeftijdsgroep(DateOnly geboortedatum, DateOnly peildatum) => Leeftijd(geboortedatum, peildatum) switch
    {
        <= 11 => Leeftijdsgroepen[0].Code,
        <= 15 => Leeftijdsgroepen[1].Code,
        <= 17 => Leeftijdsgroepen[2].Code,
        _ => Leeftijdsgroepen[3].Code,
    };

    /// <summary>Age in whole years on a day; born on 29 February, one turns a year older on 1 March in other years.</summary>
    public static int Leeftijd(DateOnly geboortedatum, DateOnly op)
    {
        var jaren = op.Year - geboortedatum.Year;
        return (op.Month, op.Day).CompareTo((geboortedatum.Month, geboortedatum.Day)) < 0 ? jaren - 1 : jaren;
    }

    private static string Terugkeeruitkomst(Telregel r, DateOnly peildatum)
    {
        if (r.Terugkeerdatum is { } terug && terug <= peildatum)
        {
            return Thuiszitter.StreefdatumVan(r.Soort, r.VerzuimSinds) is { } streef && terug <= streef ? Terugkeeruitkomsten[0].Code : Terugkeeruitkomsten[1].Code;
        }

        return r.Beeindigdatum is { } einde && einde <= peildatum ? Terugkeeruitkomsten[3].Code : Terugkeeruitkomsten[2].Code;
    }

    private static bool IsAfgeslotenOp(Telregel r, DateOnly peildatum) =>
        (r.Terugkeerdatum ?? r.Beeindigdatum) is { } einde && einde <= peildatum;
}
