using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen.Gebeurtenissen;
using static PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen.OppInhoudTests;
using static PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen.OppMaker;
using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen;

/// <summary>"Hoe denk jij erover?": the ouders' view, kept with the plan and taken into the open or the next concept.</summary>
public class OppVisieVanOudersTests
{
    private static readonly Actor Ouder = new("ouder-1", "Eva de Vries");

    private static OppVisieVanOuders Visie(string thuis, DateOnly dag, Betrouwbaarheidsniveau niveau = Betrouwbaarheidsniveau.Laag) =>
        Gelukt(OppVisieVanOuders.Van(["Korte instructie, dan zelf proberen.", null, "  ", null, null, thuis], niveau, Ouder, Om(dag)));

    [Test]
    public void A_view_needs_at_least_one_part_and_each_part_is_at_most_4000_characters()
    {
        OppVisieVanOuders.LeesTeksten(null, " ", null, null, null, "").Codes().ShouldBe("watWerktThuis: visie-leeg");
        OppVisieVanOuders.LeesTeksten(new string('a', 4001), null, null, null, null, new string('b', 4001)).Codes()
            .ShouldBe("aandachtEnTijd: tekst-te-lang, watWerktThuis: tekst-te-lang");

        var visie = Visie("Een vaste volgorde helpt.", Overlegdag, Betrouwbaarheidsniveau.Substantieel);

        (visie.AandachtEnTijd, visie.RuimtelijkeOmgeving, visie.WatWerktThuis).ShouldBe(("Korte instructie, dan zelf proberen.", null, "Een vaste volgorde helpt."));
        (visie.Ouder, visie.GegevenDoor, visie.GegevenOp, visie.Betrouwbaarheidsniveau).ShouldBe(("Eva de Vries", Ouder, Om(Overlegdag), Betrouwbaarheidsniveau.Substantieel));
    }

    [Test]
    public void The_open_concept_takes_the_view_in_and_the_school_cannot_overwrite_it()
    {
        var opp = Concept();
        var visie = Visie("Een vaste volgorde helpt.", Overlegdag);

        Gelukt(opp.GeefVisieVanOuders(visie, Om(Overlegdag)));

        opp.Concept!.Inhoud.VisieVanOuders.ShouldBe(visie);
        opp.VisieVanOuders.ShouldBe(visie);
        opp.DomainEvents[^1].ShouldBeOfType<OppVisieVanOudersGegeven>();
        opp.Gebeurtenissen[^1].Actie.ShouldBe(OppGebeurtenis.VisieVanOudersGegeven);
        opp.Gebeurtenissen[^1].Door.ShouldBe(Ouder);

        var anders = Visie("Door de school geschreven.", Overlegdag) with { Ouder = "De school" };
        Gelukt(opp.WerkBij(Volledig with { BevorderendeFactoren = "Nieuw.", VisieVanOuders = anders }, Ib, Om(Overlegdag)));
        opp.Concept!.Inhoud.VisieVanOuders.ShouldBe(visie);
        opp.Concept!.Inhoud.BevorderendeFactoren.ShouldBe("Nieuw.");
    }

    [Test]
    public void The_view_is_not_part_of_the_handelingsdeel_so_an_instemming_keeps_holding()
    {
        var opp = KlaarVoorVaststelling();
        var vingerafdruk = opp.Concept!.Vingerafdruk;

        Gelukt(opp.GeefVisieVanOuders(Visie("Een vaste volgorde helpt.", Overlegdag), Om(Overlegdag)));

        opp.Concept!.Vingerafdruk.ShouldBe(vingerafdruk);
        opp.Concept!.HeeftInstemming.ShouldBeTrue();
    }

    [Test]
    public void A_vastgestelde_version_keeps_what_it_had_and_the_next_concept_takes_the_latest_view()
    {
        var opp = KlaarVoorVaststelling();
        var eerste = Visie("Eerste keer.", Overlegdag);
        Gelukt(opp.GeefVisieVanOuders(eerste, Om(Overlegdag)));
        Gelukt(opp.StelVast(Vaststeldag, Ib, Om(Vaststeldag)));

        var later = Visie("Later, na de vaststelling.", Vaststeldag.AddDays(10));
        Gelukt(opp.GeefVisieVanOuders(later, Om(Vaststeldag.AddDays(10))));

        opp.Geldend!.Inhoud.VisieVanOuders.ShouldBe(eerste);
        opp.VisiesVanOuders.ShouldBe([eerste, later]);
        opp.Gebeurtenissen[^1].Toelichting!.ShouldContain("die komt in de volgende versie");

        Gelukt(opp.Herzie(Ib, Om(Vaststeldag.AddDays(11))));

        opp.Concept!.Inhoud.VisieVanOuders.ShouldBe(later);
        opp.Versies[0].Inhoud.VisieVanOuders.ShouldBe(eerste);
        OppVelden.Verschillen(opp.Versies[0].Inhoud, opp.Concept!.Inhoud).ShouldContain(v => v.Pad == "visieVanOuders.watWerktThuis" && v.Nieuw == "Later, na de vaststelling.");
    }

    [Test]
    public void A_closed_plan_takes_no_view()
    {
        var opp = Vastgesteld();
        Gelukt(opp.SluitAf(Vaststeldag.AddDays(30), "De leerling verlaat de school.", Ib, Om(Vaststeldag.AddDays(30))));

        opp.GeefVisieVanOuders(Visie("Te laat.", Vaststeldag.AddDays(31)), Om(Vaststeldag.AddDays(31))).Codes().ShouldBe(": opp-afgesloten");
        opp.VisiesVanOuders.ShouldBeEmpty();
    }

    [Test]
    public void The_school_stops_sharing_a_shared_concept_and_the_ouders_no_longer_see_it()
    {
        var opp = Concept();
        opp.StopDelenMetOuders(Ib, Om(Overlegdag)).Codes().ShouldBe(": concept-niet-gedeeld");
        Gelukt(opp.DeelConceptMetOuders(Ib, Om(Overlegdag)));
        opp.VersieVoorOuders.ShouldNotBeNull();

        Gelukt(opp.StopDelenMetOuders(Ib, Om(Overlegdag)));

        opp.Concept!.GedeeldMetOudersOp.ShouldBeNull();
        opp.VersieVoorOuders.ShouldBeNull();
        opp.DomainEvents[^1].ShouldBeOfType<OppDelenGestopt>();
        opp.Gebeurtenissen[^1].Actie.ShouldBe(OppGebeurtenis.DelenGestopt);
        OppLevenscyclus.Tabel.ToegestaneStappen(opp, [Rol.SchoolMedewerker], []).ShouldNotContain(OppStap.DelenStoppen);
        OppLevenscyclus.Tabel.ToegestaneStappen(opp, [Rol.SchoolMedewerker], []).ShouldContain(OppStap.ConceptDelen);
    }
}
