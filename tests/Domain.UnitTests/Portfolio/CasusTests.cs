using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;
using PassendOnderwijs.Domain.UnitTests.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Portfolio;

public class CasusTests
{
    private static readonly DateTimeOffset Nu = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Ib = new("ib", "Ina Bos");
    private static readonly Actor Pb = new("pb", "Piet Berg");
    private static readonly Anonimiteitscontext Context = new([new Leerlingnaam("Emma", "de Vries")], 2027, []);
    private static readonly Casusinbreng Inbreng = new(
        "Hoe begeleiden we een leerling die vastloopt bij begrijpend lezen?", Leerjaarband.Groep56, "Extra instructie in kleine groep, zes weken.", null);

    private static Samenwerkingsverband Swv() => OrganisatieMaker.SwvMetIndeling();

    private static School School(Samenwerkingsverband swv, string? netwerk = "Stad") =>
        Domain.Organisaties.School.Registreer(swv, OrganisatieMaker.NieuwBestuur(swv), OrganisatieMaker.Regenboog, "De Regenboog", SoortSchool.Bao, netwerk is null ? null : "Noord", netwerk, []).Waarde;

    private static Casus Ingebracht(Samenwerkingsverband swv) => Casus.BrengIn(School(swv), Inbreng, Context, false, Ib, Nu).Waarde;

    private static Netwerkbespreking Bespreking(Samenwerkingsverband swv, string netwerk = "Stad") =>
        Netwerkbespreking.Plan(swv, "Noord", netwerk, new Besprekinginvoer(new DateOnly(2027, 3, 10), [Deelnemersrol.InternBegeleider], null), Context, false, Pb, Nu).Waarde;

    private static readonly Uitkomstinvoer InzetGedrag = new(Uitkomstsoort.InzetExpert, null, null, null, Expertisegebied.Gedrag);

    [Test]
    public void A_school_brings_in_an_anonymous_case_in_its_own_netwerk()
    {
        var casus = Ingebracht(Swv());

        casus.Status.ShouldBe(CasusStatus.Ingebracht);
        (casus.Regio, casus.LokaalNetwerk, casus.Vestiging).ShouldBe(("Noord", "Stad", OrganisatieMaker.Regenboog));
        casus.Schooljaar.ShouldBe(2026);
        casus.Gebeurtenissen.Select(g => g.Actie).ShouldBe([CasuistiekGebeurtenis.Ingebracht]);
        casus.DomainEvents.Single().ShouldBeOfType<CasusIngebracht>();
    }

    [Test]
    public void Every_problem_with_an_inbreng_is_listed_by_field()
    {
        var fouten = Casus.BrengIn(School(Swv()), new Casusinbreng(" ", null, "Emma de Vries kreeg extra hulp.", null), Context, true, Ib, Nu).Fouten;

        fouten.Select(f => (f.Veld, f.Code)).ShouldBe([("ondersteuningsvraag", "ondersteuningsvraag-vereist"), ("geprobeerd", "naam-van-leerling")]);
    }

    [Test]
    public void A_warning_blocks_until_the_school_confirms_the_case_is_anonymous()
    {
        var inbreng = Inbreng with { Geprobeerd = "Overleg met Fatima van het wijkteam." };

        var eerst = Casus.BrengIn(School(Swv()), inbreng, Context, false, Ib, Nu);
        eerst.Soort.ShouldBe(FoutSoort.RegelGeschonden);
        eerst.Fouten.Select(f => (f.Veld, f.Code)).ShouldBe([("geprobeerd", "mogelijke-naam")]);

        Casus.BrengIn(School(Swv()), inbreng, Context, true, Ib, Nu).IsGelukt.ShouldBeTrue();
    }

    [Test]
    public void A_school_without_a_lokaal_netwerk_cannot_bring_in_a_case() =>
        Casus.BrengIn(School(Swv(), netwerk: null), Inbreng, Context, false, Ib, Nu).Fouten.Single().Code.ShouldBe("geen-lokaal-netwerk");

    [Test]
    public void The_case_goes_ingebracht_besproken_uitkomst_and_is_linked_once_to_an_inzet()
    {
        var swv = Swv();
        var casus = Ingebracht(swv);

        casus.Agendeer(Bespreking(swv), Pb, Nu).IsGelukt.ShouldBeTrue();
        casus.Status.ShouldBe(CasusStatus.Besproken);
        casus.LegUitkomstVast(InzetGedrag, Context, false, Pb, Nu).IsGelukt.ShouldBeTrue();
        casus.Status.ShouldBe(CasusStatus.UitkomstVastgelegd);
        casus.Uitkomst.ShouldBe(new Uitkomst(Uitkomstsoort.InzetExpert, null, null, null, Expertisegebied.Gedrag));

        var inzet = Guid.CreateVersion7();
        casus.KoppelAanInzet(inzet, Ib, Nu).IsGelukt.ShouldBeTrue();
        casus.ExpertinzetId.ShouldBe(inzet);

        var nogEens = casus.KoppelAanInzet(Guid.CreateVersion7(), Ib, Nu);
        nogEens.Soort.ShouldBe(FoutSoort.Conflict);
        casus.ExpertinzetId.ShouldBe(inzet);
        casus.LegUitkomstVast(InzetGedrag with { Expertisegebied = Expertisegebied.JongeKind }, Context, false, Pb, Nu).Fouten.Single().Code.ShouldBe("al-gekoppeld");
        casus.Gebeurtenissen.Select(g => g.Actie).ShouldBe(
            [CasuistiekGebeurtenis.Ingebracht, CasuistiekGebeurtenis.Geagendeerd, CasuistiekGebeurtenis.UitkomstVastgelegd, CasuistiekGebeurtenis.GekoppeldAanInzet]);
    }

    [Test]
    public void Only_an_inzet_expert_outcome_can_be_linked()
    {
        var swv = Swv();
        var casus = Ingebracht(swv);
        casus.KoppelAanInzet(Guid.CreateVersion7(), Ib, Nu).Fouten.Single().Code.ShouldBe("ongeldige-overgang");
        casus.Agendeer(Bespreking(swv), Pb, Nu);
        casus.LegUitkomstVast(new(Uitkomstsoort.VraagBasisondersteuning, null, null, "Zet eerst een groepsplan op.", null), Context, false, Pb, Nu).IsGelukt.ShouldBeTrue();

        casus.KoppelAanInzet(Guid.CreateVersion7(), Ib, Nu).Fouten.Single().Code.ShouldBe("geen-vrije-inzet-expert");
        casus.ExpertinzetId.ShouldBeNull();
    }

    [Test]
    public void The_outcome_is_corrected_until_linked_and_the_school_corrects_only_before_the_bespreking()
    {
        var swv = Swv();
        var casus = Ingebracht(swv);
        casus.Wijzig(Inbreng with { Expertisegebied = Expertisegebied.Gedrag }, Context, false, Ib, Nu).IsGelukt.ShouldBeTrue();
        casus.Expertisegebied.ShouldBe(Expertisegebied.Gedrag);
        casus.LegUitkomstVast(InzetGedrag, Context, false, Pb, Nu).Fouten.Single().Code.ShouldBe("ongeldige-overgang");

        casus.Agendeer(Bespreking(swv), Pb, Nu);
        casus.Wijzig(Inbreng, Context, false, Ib, Nu).Soort.ShouldBe(FoutSoort.Conflict);
        casus.LegUitkomstVast(InzetGedrag, Context, false, Pb, Nu);
        var direct = new Uitkomstinvoer(Uitkomstsoort.DirectAdvies, Adviessoort.ExpertiseCluster12, ObaCode.Parse("123A456").Waarde, "Vraag het expertisecentrum om advies.", null);

        casus.LegUitkomstVast(direct, Context, false, Pb, Nu).IsGelukt.ShouldBeTrue();
        casus.Uitkomst!.Aanbieder.ShouldBe("123A456");
        casus.UitkomstSoort.ShouldBe(Uitkomstsoort.DirectAdvies);
        casus.Gebeurtenissen[^1].Actie.ShouldBe(CasuistiekGebeurtenis.UitkomstGecorrigeerd);
    }

    [Test]
    public void A_bespreking_of_another_netwerk_is_refused()
    {
        var swv = Swv();
        var casus = Ingebracht(swv);

        casus.Agendeer(Bespreking(swv, "Dorp"), Pb, Nu).Fouten.Single().Code.ShouldBe("ander-netwerk");
        casus.Status.ShouldBe(CasusStatus.Ingebracht);
    }

    [Test]
    public void The_advice_text_passes_the_anonymity_check()
    {
        var swv = Swv();
        var casus = Ingebracht(swv);
        casus.Agendeer(Bespreking(swv), Pb, Nu);

        var fouten = casus.LegUitkomstVast(new(Uitkomstsoort.VraagBasisondersteuning, null, null, "Bespreek Emma de Vries in het team.", null), Context, true, Pb, Nu).Fouten;

        fouten.Select(f => (f.Veld, f.Code)).ShouldBe([("advies", "naam-van-leerling")]);
        casus.Status.ShouldBe(CasusStatus.Besproken);
        casus.Uitkomst.ShouldBeNull();
    }

    private static IEnumerable<TestCaseData> OngeldigeUitkomsten()
    {
        var oba = ObaCode.Parse("123A456").Waarde;
        yield return new TestCaseData(new Uitkomstinvoer(Uitkomstsoort.DirectAdvies, null, null, null, Expertisegebied.Gedrag), new[] { "adviessoort-vereist", "advies-vereist", "alleen-bij-inzet-expert" }).SetArgDisplayNames("direct advies without kind and text");
        yield return new TestCaseData(new Uitkomstinvoer(Uitkomstsoort.InzetExpert, Adviessoort.MiddelenBestuur, oba, null, null), new[] { "expertisegebied-vereist", "alleen-bij-direct-advies", "alleen-bij-direct-advies" }).SetArgDisplayNames("inzet without expertise");
        yield return new TestCaseData(new Uitkomstinvoer(Uitkomstsoort.VraagBasisondersteuning, null, null, " ", null), new[] { "advies-vereist" }).SetArgDisplayNames("basisondersteuning without the step");
    }

    [TestCaseSource(nameof(OngeldigeUitkomsten))]
    public void Each_outcome_needs_its_own_fields_and_nothing_else(Uitkomstinvoer invoer, string[] codes) =>
        invoer.Controleer().Select(f => f.Code).ShouldBe(codes);

    [Test]
    public void The_lifecycle_lets_each_role_take_only_its_steps()
    {
        var swv = Swv();
        var casus = Ingebracht(swv);
        var tabel = CasusLevenscyclus.Tabel;

        Functie[] procesbegeleider = [Functie.RegionaalProcesbegeleider];
        tabel.ToegestaneStappen(casus, [Rol.SchoolMedewerker], []).ShouldBe([CasusStap.Wijziging]);
        tabel.ToegestaneStappen(casus, [Rol.SwvMedewerker], [], procesbegeleider).ShouldBe([CasusStap.Bespreking]);
        tabel.ToegestaneStappen(casus, [Rol.SwvMedewerker], [], [Functie.Beleidsmedewerker]).ShouldBeEmpty("only the procesbegeleider plans and decides");
        tabel.ToegestaneStappen(casus, [Rol.Expert, Rol.Ouder], []).ShouldBeEmpty();
        casus.Agendeer(Bespreking(swv), Pb, Nu);
        casus.LegUitkomstVast(InzetGedrag, Context, false, Pb, Nu);
        tabel.ToegestaneStappen(casus, [Rol.SchoolMedewerker], []).ShouldBe([CasusStap.Koppeling]);
        tabel.ToegestaneStappen(casus, [Rol.SwvMedewerker], [], procesbegeleider).ShouldBe([CasusStap.Uitkomstcorrectie]);
    }

    [Test]
    public void A_bespreking_is_planned_in_a_netwerk_of_the_indeling()
    {
        var swv = Swv();
        var invoer = new Besprekinginvoer(new DateOnly(2027, 3, 10), [Deelnemersrol.InternBegeleider, Deelnemersrol.InternBegeleider], "Emma de Vries besproken.");

        var fouten = Netwerkbespreking.Plan(swv, "Oost", " ", invoer, Context, false, Pb, Nu).Fouten;
        fouten.Select(f => (f.Veld, f.Code)).ShouldBe(
            [("lokaalNetwerk", "lokaal-netwerk-vereist"), ("aanwezigen", "dubbele-rol"), ("notities", "naam-van-leerling")]);
        Netwerkbespreking.Plan(swv, "Noord", "Haven", invoer with { Aanwezigen = [], Notities = null }, Context, false, Pb, Nu).Fouten.Single().Code.ShouldBe("onbekend-lokaal-netwerk");

        var bespreking = Netwerkbespreking.Plan(swv, "noord", "STAD", invoer with { Aanwezigen = [Deelnemersrol.Expert], Notities = null }, Context, false, Pb, Nu).Waarde;
        (bespreking.Regio, bespreking.LokaalNetwerk, bespreking.Schooljaar).ShouldBe(("Noord", "Stad", 2026));
        bespreking.Wijzig(invoer with { Aanwezigen = [Deelnemersrol.Expert, Deelnemersrol.Anders], Notities = "Drie casussen besproken." }, Context, false, Pb, Nu).IsGelukt.ShouldBeTrue();
        bespreking.Aanwezigen.ShouldBe([Deelnemersrol.Expert, Deelnemersrol.Anders]);
        bespreking.Gebeurtenissen.Count.ShouldBe(2);
    }
}
