using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;
using static PassendOnderwijs.Domain.UnitTests.Toelaatbaarheidsverklaringen.TlvMaker;
using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Toelaatbaarheidsverklaringen;

/// <summary>Bezwaar with its legal terms: six weeks to object, 14 days to ask the LBT, 12 weeks to decide plus 6 once.</summary>
public class TlvBezwaarTests
{
    private static readonly DateOnly LaatsteDag = new(2027, 5, 17);

    [Test]
    public void A_bezwaar_in_time_runs_its_terms()
    {
        var tlv = InBezwaar(new DateOnly(2027, 5, 1));

        tlv.Status.ShouldBe(TlvStatus.InBezwaar);
        var bezwaar = tlv.LopendBezwaar!;
        bezwaar.TeLaat.ShouldBeFalse();
        bezwaar.LbtAdviesaanvraagUiterlijk.ShouldBe(new DateOnly(2027, 5, 15));

        // Twelve weeks after the bezwaar term ended on 17 May.
        bezwaar.BeslissenUiterlijk.ShouldBe(new DateOnly(2027, 8, 9));
    }

    [Test]
    public void A_bezwaar_on_the_last_day_is_in_time_and_the_day_after_is_flagged()
    {
        InBezwaar(LaatsteDag).LopendBezwaar!.TeLaat.ShouldBeFalse();

        var laat = InBezwaar(LaatsteDag.AddDays(1));

        laat.LopendBezwaar!.TeLaat.ShouldBeTrue();
        laat.Gebeurtenissen[^1].Toelichting.ShouldBe("Ouders of verzorgers: Familie Jansen. Te laat: de bezwaartermijn liep tot en met 17 mei 2027.");

        // Counted from its receipt, so the term has not passed when it arrives.
        laat.LopendBezwaar.BeslissenUiterlijk.ShouldBe(LaatsteDag.AddDays(1 + (7 * 12)));
    }

    [Test]
    public void A_late_bezwaar_goes_to_the_LBT_only_when_the_delay_is_excused()
    {
        var tlv = InBezwaar(LaatsteDag.AddDays(3));
        var verzonden = LaatsteDag.AddDays(5);

        var geweigerd = tlv.VraagLbtAdvies(verzonden, Enum.GetValues<Bezwaarstuk>(), Commissie, Om(verzonden));
        geweigerd.Soort.ShouldBe(FoutSoort.Conflict);
        geweigerd.Codes().ShouldBe(": lbt-kan-niet");

        Gelukt(tlv.Verschoon("De ouders lagen in het ziekenhuis.", Commissie, Om(verzonden)));
        Gelukt(tlv.VraagLbtAdvies(verzonden, Enum.GetValues<Bezwaarstuk>(), Commissie, Om(verzonden)));
        tlv.LopendBezwaar!.LbtGevraagdOp.ShouldBe(verzonden);
    }

    [Test]
    public void A_bezwaar_declared_niet_ontvankelijk_leaves_the_decision_standing()
    {
        var tlv = InBezwaar(LaatsteDag.AddDays(10));
        var dag = LaatsteDag.AddDays(12);

        Gelukt(tlv.VerklaarNietOntvankelijk("Te laat zonder verschoonbare reden.", dag, Commissie, Om(dag)));

        tlv.Status.ShouldBe(TlvStatus.Bekendgemaakt);
        tlv.LopendBezwaar.ShouldBeNull();
        tlv.AfgerondeBezwaren.ShouldHaveSingleItem().Afloop.ShouldBe(Bezwaarafloop.NietOntvankelijk);
        tlv.BeslistOpBezwaar.ShouldBeFalse();
    }

    [Test]
    public void The_LBT_gets_every_document()
    {
        var tlv = InBezwaar();

        var uitkomst = tlv.VraagLbtAdvies(new DateOnly(2027, 5, 10), [Bezwaarstuk.Bezwaarschrift, Bezwaarstuk.Besluit], Commissie, Om(new DateOnly(2027, 5, 10)));

        uitkomst.Codes().ShouldBe("stukken: stukken-onvolledig");
        uitkomst.Fouten[0].Melding.ShouldBe(
            "Stuur ook mee: het verweerschrift van het samenwerkingsverband, de aanvraag, beide deskundigenadviezen, de procedure en criteria van het samenwerkingsverband.");
    }

    [Test]
    public void The_decision_term_is_twelve_weeks_plus_six_once()
    {
        var tlv = LbtGevraagd();
        var eerst = tlv.LopendBezwaar!.BeslissenUiterlijk;

        Gelukt(tlv.Verdaag("De hoorzitting is verplaatst.", Commissie, Nu.AddDays(90)));
        tlv.LopendBezwaar!.BeslissenUiterlijk.ShouldBe(eerst.AddDays(42));

        var nogmaals = tlv.Verdaag("Nog meer tijd nodig.", Commissie, Nu.AddDays(91));
        nogmaals.Soort.ShouldBe(FoutSoort.Conflict);
        nogmaals.Codes().ShouldBe(": al-verdaagd");
        tlv.LopendBezwaar.BeslissenUiterlijk.ShouldBe(eerst.AddDays(42));
    }

    [Test]
    public void Deciding_waits_for_the_LBT()
    {
        var tlv = LbtGevraagd();

        tlv.BeslisOpBezwaar(Bezwaarafloop.Handhaven, new DateOnly(2027, 6, 1), "Besluit blijft.", null, null, Standaardbeleid, Commissie, Om(new DateOnly(2027, 6, 1)))
            .Codes().ShouldBe(": lbt-advies-vereist");
    }

    [Test]
    public void Departing_from_the_LBT_needs_a_reason()
    {
        var tlv = LbtGeadviseerd(LbtOordeel.Gegrond);
        var dag = new DateOnly(2027, 7, 1);

        tlv.BeslisOpBezwaar(Bezwaarafloop.Handhaven, dag, "Het besluit blijft.", null, null, Standaardbeleid, Commissie, Om(dag))
            .Codes().ShouldBe("afwijkingVanLbtAdvies: afwijking-lbt-motiveren");

        Gelukt(tlv.BeslisOpBezwaar(Bezwaarafloop.Handhaven, dag, "Het besluit blijft.", "Nieuwe informatie van de school na de hoorzitting.", null, Standaardbeleid, Commissie, Om(dag)));
        tlv.Status.ShouldBe(TlvStatus.Bekendgemaakt);
        tlv.BeslistOpBezwaar.ShouldBeTrue();
    }

    [Test]
    public void Herroepen_ends_the_TLV_and_no_new_bezwaar_follows()
    {
        var tlv = LbtGeadviseerd(LbtOordeel.Gegrond);
        var dag = new DateOnly(2027, 7, 1);

        Gelukt(tlv.BeslisOpBezwaar(Bezwaarafloop.Herroepen, dag, "De LBT volgt de ouders.", null, null, Standaardbeleid, Commissie, Om(dag)));

        tlv.Status.ShouldBe(TlvStatus.Herroepen);
        tlv.HerindicatieVanaf.ShouldBeNull();
        tlv.AfgerondeBezwaren.ShouldHaveSingleItem().Afloop.ShouldBe(Bezwaarafloop.Herroepen);
    }

    [Test]
    public void Wijzigen_replaces_the_decision_checked_as_a_decision()
    {
        var tlv = LbtGeadviseerd(LbtOordeel.Gegrond);
        var dag = new DateOnly(2027, 7, 1);

        var zonder = tlv.BeslisOpBezwaar(Bezwaarafloop.Wijzigen, dag, "Categorie midden.", null, null, Standaardbeleid, Commissie, Om(dag));
        zonder.Codes().ShouldBe("wijziging: wijziging-vereist");

        var midden = Toelaatbaar(Bekostigingscategorie.Midden) with { Besluitdatum = dag, AfwijkingVanAdvies = "De LBT wijst op de zorgbehoefte." };
        Gelukt(tlv.BeslisOpBezwaar(Bezwaarafloop.Wijzigen, dag, "Categorie midden past beter.", null, midden, Standaardbeleid, Commissie, Om(dag)));
        tlv.Besluit!.Categorie.ShouldBe(Bekostigingscategorie.Midden);
        tlv.Status.ShouldBe(TlvStatus.Bekendgemaakt);

        var opnieuw = tlv.OntvangBezwaar(Indiener.Schoolbestuur, "Stichting Primair", dag.AddDays(2), Commissie, Om(dag.AddDays(2)));
        opnieuw.Codes().ShouldBe(": al-beslist-op-bezwaar");
    }
}
