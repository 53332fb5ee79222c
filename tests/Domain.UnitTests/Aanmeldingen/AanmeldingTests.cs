using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Aanmeldingen.Gebeurtenissen;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Schooljaren;
using PassendOnderwijs.Domain.Termijnen;
using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Aanmeldingen;

/// <summary>
/// The zorgplicht after a written aanmelding: the term (six weeks from the day after receipt, once four more), the
/// decisions and their rules, and the schools without zorgplicht (cluster 1 or 2, vol).
/// </summary>
public class AanmeldingTests
{
    private static readonly Actor Ib = new("school-ib-1", "Ilse (intern begeleider)");

    /// <summary>Monday 1 March 2027.</summary>
    private static readonly DateOnly Ontvangen = new(2027, 3, 1);

    private static DateTimeOffset Om(DateOnly dag) => new(dag.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    private static Aanmelding Nieuw(Cluster? cluster = null, DateOnly? ontvangen = null) =>
        Gelukt(Aanmelding.Registreer(
            new AanmeldingLeerling(Guid.CreateVersion7(), "Sanne de Vries", SwvCode.Parse("PO2705").Waarde, VestigingCode.Parse("12AB00").Waarde, "De Regenboog", cluster),
            new Aanmeldinggegevens(ontvangen ?? Ontvangen, true, new DateOnly(2027, 4, 19), Schooljaar.Van(2026)),
            Ib,
            Om(ontvangen ?? Ontvangen)));

    private static School AndereSchool()
    {
        var swv = Samenwerkingsverband.Registreer("PO2705", "Passend Primair Utrecht").Waarde;
        return School.Registreer(swv, Schoolbestuur.Registreer(swv.Code, "41234", "Stichting Primair").Waarde, VestigingCode.Parse("34CD00").Waarde,
            "De Brug", SoortSchool.Sbo, null, null, alGeregistreerdIn: []).Waarde;
    }

    private static Besluitverzoek Elders(DateOnly? akkoord = null, bool overleg = true, School? school = null) =>
        new(Toelatingsuitkomst.AndereSchool, new DateOnly(2027, 4, 1), "Past beter bij het SBO.", school ?? AndereSchool(), akkoord ?? new DateOnly(2027, 3, 30), overleg);

    [Test]
    public void Received_on_Monday_1_March_the_school_decides_by_Monday_12_April()
    {
        var aanmelding = Nieuw();

        aanmelding.BesluitUiterlijk.ShouldBe(new DateOnly(2027, 4, 12));
        aanmelding.BesluitUiterlijk!.Value.DayOfWeek.ShouldBe(DayOfWeek.Monday);
        aanmelding.Status.ShouldBe(AanmeldingStatus.Ontvangen);
        aanmelding.Zorgplicht.ShouldBeTrue();
        aanmelding.DomainEvents.Single().ShouldBeOfType<AanmeldingOntvangen>();
    }

    [Test]
    public void The_term_is_the_deadline_engine_s_term_counted_from_receipt()
    {
        var stand = Termijnentabel.Van(Nieuw()).ShouldHaveSingleItem();

        stand.Soort.ShouldBe(Termijnsoort.AanmeldingBesluit);
        stand.Vanaf.ShouldBe(Ontvangen);
        stand.Uiterlijk.ShouldBe(new DateOnly(2027, 4, 12));
        stand.SignaalOp.ShouldBe(new DateOnly(2027, 3, 29));
    }

    [Test]
    public void An_extension_adds_four_weeks_once_with_reason_and_the_ouders_told()
    {
        var aanmelding = Nieuw();

        Gelukt(aanmelding.Verleng("Het onderzoek naar de ondersteuningsbehoefte loopt nog.", new DateOnly(2027, 4, 5), Ib, Om(new DateOnly(2027, 4, 12))));

        aanmelding.Status.ShouldBe(AanmeldingStatus.Verlengd);
        aanmelding.BesluitUiterlijk.ShouldBe(new DateOnly(2027, 5, 10));
        aanmelding.Verlenging!.OudersGeinformeerdOp.ShouldBe(new DateOnly(2027, 4, 5));
        Termijnentabel.Van(aanmelding).ShouldHaveSingleItem().Uiterlijk.ShouldBe(new DateOnly(2027, 5, 10));

        var tweede = aanmelding.Verleng("Nog meer tijd.", new DateOnly(2027, 4, 20), Ib, Om(new DateOnly(2027, 4, 20)));
        tweede.Codes().ShouldBe(": ongeldige-overgang");
        aanmelding.BesluitUiterlijk.ShouldBe(new DateOnly(2027, 5, 10));
    }

    [Test]
    public void An_extension_after_the_six_weeks_or_without_reason_is_refused_with_every_problem()
    {
        var aanmelding = Nieuw();

        // 13 April is the day after the last day: too late.
        var uitkomst = aanmelding.Verleng(" ", new DateOnly(2027, 4, 14), Ib, Om(new DateOnly(2027, 4, 13)));

        uitkomst.Codes().ShouldBe("reden: reden-vereist, : termijn-voorbij, oudersGeinformeerdOp: ongeldige-datum-ouders");
        aanmelding.Status.ShouldBe(AanmeldingStatus.Ontvangen);
        aanmelding.BesluitUiterlijk.ShouldBe(new DateOnly(2027, 4, 12));
    }

    [Test]
    public void A_decision_is_taken_only_while_the_aanmelding_is_open()
    {
        var aanmelding = Nieuw();
        var dag = new DateOnly(2027, 4, 1);
        Gelukt(aanmelding.Beslis(new Besluitverzoek(Toelatingsuitkomst.Toegelaten, dag, null, null, null, false), Ib, Om(dag)));

        aanmelding.Status.ShouldBe(AanmeldingStatus.Besloten);
        aanmelding.Uitkomst.ShouldBe(Toelatingsuitkomst.Toegelaten);
        Termijnentabel.Van(aanmelding).ShouldBeEmpty();
        aanmelding.Beslis(new Besluitverzoek(Toelatingsuitkomst.NietToegelaten, dag, "Toch niet.", null, null, false), Ib, Om(dag)).Codes().ShouldBe(": ongeldige-overgang");
        aanmelding.TrekIn(dag, Ib, Om(dag)).Codes().ShouldBe(": ongeldige-overgang");
    }

    [Test]
    public void Another_school_needs_that_school_its_agreement_and_the_overleg_with_the_ouders()
    {
        var aanmelding = Nieuw();
        var dag = new DateOnly(2027, 4, 1);

        var zonder = aanmelding.Beslis(new Besluitverzoek(Toelatingsuitkomst.AndereSchool, dag, "Past beter elders.", null, null, false), Ib, Om(dag));

        zonder.Codes().ShouldBe("andereSchool: andere-school-vereist, akkoordAndereSchoolOp: akkoord-vereist, inOverlegMetOuders: overleg-ouders-vereist");
        aanmelding.Status.ShouldBe(AanmeldingStatus.Ontvangen);

        Gelukt(aanmelding.Beslis(Elders(), Ib, Om(dag)));
        aanmelding.Besluit!.AndereSchool!.Naam.ShouldBe("De Brug");
        aanmelding.AndereSchoolVestiging!.Waarde.ShouldBe("34CD00");
    }

    [Test]
    public void Niet_toegelaten_needs_a_reason()
    {
        var aanmelding = Nieuw();
        var dag = new DateOnly(2027, 4, 1);

        aanmelding.Beslis(new Besluitverzoek(Toelatingsuitkomst.NietToegelaten, dag, null, null, null, false), Ib, Om(dag)).Codes().ShouldBe("reden: reden-vereist");
    }

    [Test]
    public void A_full_school_records_it_and_the_zorgplicht_no_longer_applies()
    {
        var aanmelding = Nieuw();
        var dag = new DateOnly(2027, 4, 1);

        Gelukt(aanmelding.Beslis(new Besluitverzoek(Toelatingsuitkomst.Vol, dag, "Groep 3 telt 30 leerlingen; het toelatingsbeleid is gepubliceerd.", null, null, false), Ib, Om(dag)));

        aanmelding.Zorgplicht.ShouldBeFalse();
        aanmelding.GeenZorgplicht.ShouldBe(GeenZorgplicht.Vol);
    }

    [TestCase(Cluster.Een)]
    [TestCase(Cluster.Twee)]
    public void A_cluster_1_or_2_school_has_no_zorgplicht_so_no_term_runs(Cluster cluster)
    {
        var aanmelding = Nieuw(cluster);

        aanmelding.Zorgplicht.ShouldBeFalse();
        aanmelding.GeenZorgplicht.ShouldBe(GeenZorgplicht.Cluster);
        aanmelding.BesluitUiterlijk.ShouldBeNull();
        Termijnentabel.Van(aanmelding).ShouldBeEmpty();
        aanmelding.Verleng("Meer tijd.", Ontvangen, Ib, Om(Ontvangen)).Codes().ShouldBe(": geen-zorgplicht");
        aanmelding.Beslis(Elders(), Ib, Om(new DateOnly(2027, 4, 1))).Codes().ShouldBe("uitkomst: geen-zorgplicht");
        Gelukt(aanmelding.Beslis(new Besluitverzoek(Toelatingsuitkomst.NietToegelaten, Ontvangen, "Voldoet niet aan de toelatingscriteria.", null, null, false), Ib, Om(Ontvangen)));
    }

    [Test]
    public void The_ouders_may_withdraw_while_open_and_the_term_stops()
    {
        var aanmelding = Nieuw();

        Gelukt(aanmelding.TrekIn(new DateOnly(2027, 3, 10), Ib, Om(new DateOnly(2027, 3, 10))));

        aanmelding.Status.ShouldBe(AanmeldingStatus.Ingetrokken);
        Termijnentabel.Van(aanmelding).ShouldBeEmpty();
        aanmelding.DomainEvents[^1].ShouldBeOfType<AanmeldingIngetrokken>();
    }

    [Test]
    public void A_receipt_in_the_future_or_a_start_before_it_is_refused()
    {
        var uitkomst = Aanmelding.Registreer(
            new AanmeldingLeerling(Guid.CreateVersion7(), "Sanne", SwvCode.Parse("PO2705").Waarde, VestigingCode.Parse("12AB00").Waarde, "De Regenboog", null),
            new Aanmeldinggegevens(new DateOnly(2027, 3, 2), false, new DateOnly(2027, 2, 1), Schooljaar.Van(2026)),
            Ib,
            Om(Ontvangen));

        uitkomst.Codes().ShouldBe("ontvangenOp: ontvangen-in-toekomst, gewensteStartdatum: start-voor-ontvangst");
    }

    [Test]
    public void Only_an_SO_or_VSO_school_gets_cluster_1_or_2()
    {
        var bao = AndereSchool();
        bao.LegClusterVast(Cluster.Een).Codes().ShouldBe("cluster: cluster-alleen-so-vso");

        var swv = Samenwerkingsverband.Registreer("PO2705", "Passend Primair Utrecht").Waarde;
        var so = School.Registreer(swv, Schoolbestuur.Registreer(swv.Code, "41234", "Stichting").Waarde, VestigingCode.Parse("56EF00").Waarde, "De Horizon", SoortSchool.So, null, null, []).Waarde;
        so.LegClusterVast(Cluster.Drie).Codes().ShouldBe("cluster: cluster-1-of-2");
        Gelukt(so.LegClusterVast(Cluster.Twee));
        so.Cluster.ShouldBe(Cluster.Twee);
        Gelukt(so.LegClusterVast(null));
        so.Cluster.ShouldBeNull();
    }
}
