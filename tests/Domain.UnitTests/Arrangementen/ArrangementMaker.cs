using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.UnitTests.Organisaties;

using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Arrangementen;

/// <summary>
/// Arrangements in every status, reached by walking the real transitions from <see cref="Arrangement.VraagAan"/>.
/// Requested on 2026-11-24, running 2026-12-01 up to and including 2027-07-31.
/// </summary>
internal static class ArrangementMaker
{
    public static readonly DateTimeOffset Nu = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Vandaag = new(2026, 11, 24);
    public static readonly DateOnly Ingang = new(2026, 12, 1);
    public static readonly DateOnly Einde = new(2027, 7, 31);
    public static readonly DateOnly Besluitdag = new(2026, 11, 26);
    public static readonly DateOnly EersteEvaluatie = new(2027, 1, 15);

    public static readonly Actor Ib = new("school-ib-1", "Ilse (intern begeleider)");
    public static readonly Actor Consulent = new("swv-consulent-7", "Mark (consulent)");

    public static DateTimeOffset Om(DateOnly dag) => new(dag.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    public static Leerling Leerling() =>
        Domain.Leerlingen.Leerling.Registreer(OrganisatieMaker.NieuweSchool(), "Sam", "Jansen", new DateOnly(2017, 3, 1), "5", Vandaag).Waarde;

    public static Aanvraag GeldigeAanvraag() => new(
        SoortArrangement.Onderwijsarrangement,
        IvoVelden.Van("Twee keer per week verlengde instructie", null, null, null, null, "inhoud").Waarde,
        ["Leest op AVI-niveau E4", "Werkt twintig minuten zelfstandig"],
        Ingang,
        Einde,
        40m,
        2500m,
        new Uitvoerder(SoortUitvoerder.School, "De Regenboog", null, null),
        Bekostiger.Swv,
        "De basisondersteuning is niet genoeg.");

    public static IReadOnlyList<Doelresultaat> BeideDoelen(bool behaald = true) => [new(1, behaald, null), new(2, behaald, null)];

    public static Arrangement Aangevraagd(Aanvraag? aanvraag = null) =>
        Gelukt(Arrangement.VraagAan(Leerling(), aanvraag ?? GeldigeAanvraag(), Arrangementtermijnen.Standaard, Ib, Nu));

    public static Arrangement InBehandeling() => Gelukt(Aangevraagd().NeemInBehandeling(Consulent, Nu.AddHours(1)));

    public static Arrangement MetOpenVraag() =>
        Gelukt(InBehandeling().VraagInformatie("Stuur het groeidocument mee.", Consulent, Nu.AddHours(2)));

    public static Arrangement Toegekend(Aanvraag? aanvraag = null) =>
        Gelukt(Gelukt(Aangevraagd(aanvraag).NeemInBehandeling(Consulent, Nu.AddHours(1)))
            .KenToe("BS-2026-0042", Besluitdag, "Past bij de onderwijsbehoeften.", Consulent, Om(Besluitdag)));

    public static Arrangement Afgewezen() =>
        Gelukt(InBehandeling().WijsAf("BS-2026-0043", Besluitdag, "De basisondersteuning volstaat.", Consulent, Om(Besluitdag)));

    public static Arrangement Actief() => Gelukt(Toegekend().Start(Ingang, Arrangementtermijnen.Standaard, Ib, Om(Ingang)));

    public static Arrangement Geevalueerd() =>
        Gelukt(Actief().Evalueer(EersteEvaluatie, BeideDoelen(behaald: false), "Goed op weg.", Vervolg.Voortzetten, Arrangementtermijnen.Standaard, Ib, Om(EersteEvaluatie)));

    public static Arrangement Beeindigd() =>
        Gelukt(Geevalueerd().Beeindig(new DateOnly(2027, 2, 1), "Doelen behaald.", Consulent, Om(new DateOnly(2027, 2, 1))));

    public static Arrangement In(ArrangementStatus status) => status switch
    {
        ArrangementStatus.Aangevraagd => Aangevraagd(),
        ArrangementStatus.InBehandeling => InBehandeling(),
        ArrangementStatus.Toegekend => Toegekend(),
        ArrangementStatus.Afgewezen => Afgewezen(),
        ArrangementStatus.Actief => Actief(),
        ArrangementStatus.Beeindigd => Beeindigd(),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
