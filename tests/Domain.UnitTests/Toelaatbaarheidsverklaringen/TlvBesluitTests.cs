using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;
using static PassendOnderwijs.Domain.UnitTests.Toelaatbaarheidsverklaringen.TlvMaker;
using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Toelaatbaarheidsverklaringen;

/// <summary>The decision: only after two advices, motivated where it departs from an advice or from the usual duration.</summary>
public class TlvBesluitTests
{
    [Test]
    public void No_decision_without_two_advices()
    {
        var tlv = Gelukt(MetAdviseurs().BrengAdviesUit(Orthopedagoog.GebruikerId, Positief(), Als(Orthopedagoog), Om(new DateOnly(2027, 3, 20))));

        var uitkomst = tlv.Beslis(Toelaatbaar(), Standaardbeleid, Commissie, Om(Besluitdag));

        uitkomst.Soort.ShouldBe(FoutSoort.Conflict);
        uitkomst.Codes().ShouldBe(": twee-adviezen-vereist");
        tlv.Besluit.ShouldBeNull();
        tlv.Status.ShouldBe(TlvStatus.InAdvisering);
    }

    [Test]
    public void Without_an_einddatum_the_TLV_runs_the_usual_duration_of_its_soort()
    {
        var tlv = Besloten();

        tlv.Status.ShouldBe(TlvStatus.Besloten);
        tlv.Toelaatbaar.ShouldBe(true);
        tlv.Ingangsdatum.ShouldBe(Ingang);
        tlv.Einddatum.ShouldBe(GebruikelijkEinde);
        tlv.Beschikkingsnummer.ShouldBe("TLV-2027-0001");
        tlv.Besluit!.RedenAfwijkendeDuur.ShouldBeNull();

        // Twelve weeks (the default signal term) before the end, the werkvoorraad asks for a herindicatie.
        tlv.HerindicatieVanaf.ShouldBe(GebruikelijkEinde.AddDays(-7 * Beleidswaarden.StandaardHerindicatiesignaalWeken));
    }

    [Test]
    public void Another_einddatum_needs_a_reason()
    {
        var tlv = Geadviseerd();
        var korter = Toelaatbaar() with { Einddatum = new DateOnly(2028, 7, 31) };

        var uitkomst = tlv.Beslis(korter, Standaardbeleid, Commissie, Om(Besluitdag));
        uitkomst.Codes().ShouldBe("redenAfwijkendeDuur: afwijkende-duur-motiveren");
        uitkomst.Fouten[0].Melding.ShouldBe("De gebruikelijke einddatum is 31 juli 2029; leg uit waarom deze toelaatbaarheidsverklaring anders loopt.");

        Gelukt(tlv.Beslis(korter with { RedenAfwijkendeDuur = "Na een jaar is terugkeer naar het regulier onderwijs het doel." }, Standaardbeleid, Commissie, Om(Besluitdag)));
        tlv.Einddatum.ShouldBe(new DateOnly(2028, 7, 31));
    }

    [Test]
    public void The_usual_duration_counts_the_school_year_of_the_start()
    {
        var duur = new Tlvduur(1, 2, 3, null);

        Toelaatbaarheidsverklaring.GebruikelijkeEinddatum(SoortToelaatbaarheid.Sbo, new DateOnly(2027, 8, 1), duur).ShouldBe(new DateOnly(2028, 7, 31));
        Toelaatbaarheidsverklaring.GebruikelijkeEinddatum(SoortToelaatbaarheid.So, new DateOnly(2027, 1, 15), duur).ShouldBe(new DateOnly(2028, 7, 31));
        Toelaatbaarheidsverklaring.GebruikelijkeEinddatum(SoortToelaatbaarheid.Vso, new DateOnly(2027, 7, 31), duur).ShouldBe(new DateOnly(2029, 7, 31));
        Toelaatbaarheidsverklaring.GebruikelijkeEinddatum(SoortToelaatbaarheid.Pro, new DateOnly(2027, 8, 1), duur).ShouldBeNull();
    }

    [Test]
    public void A_decision_that_departs_from_an_advice_says_why()
    {
        var tlv = Geadviseerd(tweede: Positief(Bekostigingscategorie.Midden));

        var uitkomst = tlv.Beslis(Toelaatbaar(), Standaardbeleid, Commissie, Om(Besluitdag));

        uitkomst.Codes().ShouldBe("afwijkingVanAdvies: afwijking-motiveren");
        uitkomst.Fouten[0].Melding.ShouldBe("Het besluit wijkt af van het advies van de tweede deskundige (Anton Arts); leg uit waarom.");
        Gelukt(tlv.Beslis(Toelaatbaar() with { AfwijkingVanAdvies = "De school kan met categorie laag de begeleiding bieden." }, Standaardbeleid, Commissie, Om(Besluitdag)));
    }

    [Test]
    public void Niet_toelaatbaar_against_two_positive_advices_needs_a_reason_and_has_no_period()
    {
        var tlv = Geadviseerd();
        var nee = new Besluitvoorstel(false, null, null, null, null, null, "TLV-2027-0002", Besluitdag, "De basisondersteuning is nog niet benut.", null);

        tlv.Beslis(nee, Standaardbeleid, Commissie, Om(Besluitdag)).Codes().ShouldBe("afwijkingVanAdvies: afwijking-motiveren");
        Gelukt(tlv.Beslis(nee with { AfwijkingVanAdvies = "Het handelingsplan is nog niet uitgevoerd." }, Standaardbeleid, Commissie, Om(Besluitdag)));

        tlv.Toelaatbaar.ShouldBe(false);
        tlv.Einddatum.ShouldBeNull();
        tlv.HerindicatieVanaf.ShouldBeNull();
    }

    [Test]
    public void A_decision_lists_every_problem_at_once()
    {
        var tlv = Geadviseerd();
        var leeg = new Besluitvoorstel(true, null, null, null, null, null, null, new DateOnly(2026, 1, 1), null, null);

        tlv.Beslis(leeg, Standaardbeleid, Commissie, Om(Besluitdag)).Fouten.Select(f => f.Code).ShouldBe(
            ["beschikkingsnummer-vereist", "motivering-vereist", "ongeldige-besluitdatum", "soort-vereist"], ignoreOrder: true);
        tlv.Status.ShouldBe(TlvStatus.InAdvisering);
    }

    [Test]
    public void Bekendmaking_starts_the_six_week_bezwaar_term()
    {
        var tlv = Bekendgemaakt();

        tlv.Status.ShouldBe(TlvStatus.Bekendgemaakt);
        tlv.BekendgemaaktOp.ShouldBe(Bekendmaking);

        // Awb 6:8: from the day after 5 April; six weeks end on 17 May.
        tlv.EindeBezwaartermijn.ShouldBe(new DateOnly(2027, 5, 17));
    }

    [Test]
    public void Bekendmaking_not_before_the_decision()
    {
        var tlv = Besloten();

        tlv.MaakBekend(Besluitdag.AddDays(-1), Commissie, Om(Besluitdag)).Codes().ShouldBe("bekendgemaaktOp: ongeldige-bekendmaking");
        tlv.Status.ShouldBe(TlvStatus.Besloten);
    }

    [Test]
    public void The_receiving_school_confirms_enrolment_within_the_period_once()
    {
        var tlv = Bekendgemaakt();
        var vandaag = Om(new DateOnly(2027, 9, 1));

        tlv.BevestigInschrijving(new DateOnly(2027, 7, 1), Ib, vandaag).Codes().ShouldBe("ingeschrevenOp: inschrijving-buiten-periode");
        Gelukt(tlv.BevestigInschrijving(Ingang, Ib, vandaag));
        tlv.IngeschrevenOp.ShouldBe(Ingang);
        tlv.BevestigInschrijving(Ingang, Ib, vandaag).Codes().ShouldBe(": inschrijving-kan-niet");
    }

    [Test]
    public void A_herindicatie_is_prefilled_from_the_TLV_and_started_once()
    {
        var tlv = Bekendgemaakt();

        var nieuw = tlv.Herindicatieaanvraag();
        nieuw.Soort.ShouldBe(SoortToelaatbaarheid.So);
        nieuw.Ingangsdatum.ShouldBe(GebruikelijkEinde.AddDays(1));
        nieuw.BeoogdeSchool.ShouldBe(tlv.BeoogdeSchool);

        Gelukt(tlv.StartHerindicatie(Guid.CreateVersion7(), Commissie, Nu));
        tlv.StartHerindicatie(Guid.CreateVersion7(), Commissie, Nu).Codes().ShouldBe(": herindicatie-kan-niet");
    }
}
