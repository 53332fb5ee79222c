using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;
using static PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen.OppInhoudTests;
using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen;

/// <summary>
/// OPP's in every status, reached through the real steps: started on 1 September 2026 when an arrangement started at
/// basisschool 12AB00 (a regular primary school, so it registers in ROD).
/// </summary>
internal static class OppMaker
{
    public static readonly DateOnly Start = new(2026, 9, 1);
    public static readonly DateOnly Overlegdag = new(2026, 9, 20);
    public static readonly DateOnly Vaststeldag = new(2026, 10, 1);

    public static readonly Actor Ib = new("school-ib-1", "Ilse (intern begeleider)");

    public static DateTimeOffset Om(DateOnly dag) => new(dag.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    public static OppLeerling Leerling(SoortSchool school = SoortSchool.Bao) =>
        new(Guid.Parse("0195a000-0000-7000-8000-00000000a001"), "Sam Jansen", VestigingCode.Parse("12AB00").Waarde, school, SwvCode.Parse("PO2705").Waarde);

    public static Ontwikkelingsperspectiefplan Concept(SoortSchool school = SoortSchool.Bao, OppInhoud? inhoud = null, OppLeerling? leerling = null) =>
        Gelukt(Ontwikkelingsperspectiefplan.Start(leerling ?? Leerling(school), Aanleiding.ExtraOndersteuning, Start, inhoud ?? Volledig, Ib, Om(Start)));

    /// <summary>A complete concept after the overleg and the hoorrecht; with the ouders' instemming when asked.</summary>
    public static Ontwikkelingsperspectiefplan KlaarVoorVaststelling(bool metInstemming = true, SoortSchool school = SoortSchool.Bao, OppLeerling? leerling = null)
    {
        var opp = Concept(school, leerling: leerling);
        Gelukt(opp.LegOverlegVast(Overlegdag, "Ouders, leerkracht en intern begeleider", "Ouders herkennen zich in het plan.", Ib, Om(Overlegdag)));
        Gelukt(opp.LegHoorrechtVast(true, Overlegdag, "Sam wil graag in een rustig hoekje lezen.", Ib, Om(Overlegdag)));
        if (metInstemming)
        {
            Gelukt(opp.LegInstemmingVast(1, true, Overlegdag, "Moeder van Sam", Instemmingswijze.OpPapier, null, Ib, Om(Overlegdag)));
        }

        return opp;
    }

    public static Ontwikkelingsperspectiefplan Vastgesteld(bool metInstemming = true, SoortSchool school = SoortSchool.Bao, OppLeerling? leerling = null)
    {
        var opp = KlaarVoorVaststelling(metInstemming, school, leerling);
        return Gelukt(opp.StelVast(Vaststeldag, Ib, Om(Vaststeldag)));
    }
}
