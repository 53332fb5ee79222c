using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;
using static PassendOnderwijs.Domain.UnitTests.Toelaatbaarheidsverklaringen.TlvMaker;
using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Toelaatbaarheidsverklaringen;

/// <summary>Two separate, reasoned advices from two different, independent people, the first an orthopedagoog or psycholoog.</summary>
public class TlvAdviesTests
{
    [Test]
    public void Asking_a_deskundige_puts_the_request_in_advisering()
    {
        var tlv = Gelukt(Aangevraagd().WijsAdviseurAan(Adviesplek.Eerste, Orthopedagoog, Commissie, Nu));

        tlv.Status.ShouldBe(TlvStatus.InAdvisering);
        tlv.EersteAdvies!.Naam.ShouldBe("Olga Orthopedagoog");
        tlv.EersteAdvies.IsUitgebracht.ShouldBeFalse();
        tlv.Gebeurtenissen[^1].Toelichting.ShouldBe("Eerste deskundige: Olga Orthopedagoog (orthopedagoog, Praktijk De Linde)");
    }

    [TestCase(Discipline.Arts)]
    [TestCase(Discipline.Pedagoog)]
    [TestCase(Discipline.KinderEnJeugdpsychiater)]
    [TestCase(Discipline.MaatschappelijkWerker)]
    public void The_first_advice_comes_from_an_orthopedagoog_or_psycholoog(Discipline discipline)
    {
        var tlv = Aangevraagd();

        var uitkomst = tlv.WijsAdviseurAan(Adviesplek.Eerste, Deskundige(9, "Nina", discipline), Commissie, Nu);

        uitkomst.Codes().ShouldBe("deskundige: discipline-eerste-advies");
        tlv.EersteAdvies.ShouldBeNull();
        tlv.Status.ShouldBe(TlvStatus.Aangevraagd);
    }

    [TestCase(Discipline.Orthopedagoog)]
    [TestCase(Discipline.Psycholoog)]
    [TestCase(Discipline.KinderEnJeugdpsycholoog)]
    public void Orthopedagogen_and_psychologen_may_give_the_first_advice(Discipline discipline) =>
        Aangevraagd().WijsAdviseurAan(Adviesplek.Eerste, Deskundige(9, "Nina", discipline), Commissie, Nu).IsGelukt.ShouldBeTrue();

    [Test]
    public void The_same_person_cannot_advise_twice()
    {
        var tlv = Gelukt(Aangevraagd().WijsAdviseurAan(Adviesplek.Eerste, Psycholoog, Commissie, Nu));

        tlv.WijsAdviseurAan(Adviesplek.Tweede, Psycholoog, Commissie, Nu).Codes().ShouldBe("deskundige: zelfde-deskundige");
        tlv.TweedeAdvies.ShouldBeNull();
    }

    [Test]
    public void A_deskundige_employed_by_the_requesting_vestiging_is_refused() =>
        Aangevraagd().WijsAdviseurAan(Adviesplek.Tweede, Deskundige(8, "Sara", Discipline.Arts, vestiging: AanvragendeVestiging), Commissie, Nu)
            .Codes().ShouldBe("deskundige: deskundige-niet-onafhankelijk");

    [Test]
    public void A_deskundige_employed_by_the_requesting_bestuur_is_refused()
    {
        var uitkomst = Aangevraagd().WijsAdviseurAan(Adviesplek.Eerste, Deskundige(8, "Sara", Discipline.Orthopedagoog, bestuur: AanvragendBestuur), Commissie, Nu);

        uitkomst.Fouten.ShouldHaveSingleItem().Melding.ShouldBe("Deskundige Sara werkt voor de aanvragende school of haar schoolbestuur en mag daarom niet adviseren.");
    }

    [Test]
    public void A_deskundige_can_be_replaced_until_they_advised()
    {
        var tlv = Gelukt(MetAdviseurs().WijsAdviseurAan(Adviesplek.Eerste, Psycholoog, Commissie, Nu.AddDays(1)));
        tlv.EersteAdvies!.Naam.ShouldBe("Petra Psycholoog");

        Gelukt(tlv.BrengAdviesUit(Psycholoog.GebruikerId, Positief(), Als(Psycholoog), Om(new DateOnly(2027, 3, 20))));

        tlv.WijsAdviseurAan(Adviesplek.Eerste, Orthopedagoog, Commissie, Nu.AddDays(20)).Codes().ShouldBe(": advies-al-uitgebracht");
    }

    [Test]
    public void Only_an_asked_deskundige_advises_and_only_once()
    {
        var tlv = MetAdviseurs();
        var moment = Om(new DateOnly(2027, 3, 20));

        var vreemde = tlv.BrengAdviesUit(Psycholoog.GebruikerId, Positief(), Als(Psycholoog), moment);
        vreemde.Soort.ShouldBe(FoutSoort.Verboden);

        Gelukt(tlv.BrengAdviesUit(Orthopedagoog.GebruikerId, Positief(), Als(Orthopedagoog), moment));
        var nogmaals = tlv.BrengAdviesUit(Orthopedagoog.GebruikerId, Positief(), Als(Orthopedagoog), moment);
        nogmaals.Soort.ShouldBe(FoutSoort.Conflict);
        nogmaals.Codes().ShouldBe(": advies-al-uitgebracht");
        tlv.AantalAdviezen.ShouldBe(1);
    }

    [Test]
    public void An_advice_is_structured_and_reasoned_on_every_criterion()
    {
        var tlv = MetAdviseurs();
        var leeg = new Adviesinhoud(true, null, null, null, null, " ", null, new DateOnly(2027, 1, 1), false);

        var uitkomst = tlv.BrengAdviesUit(Orthopedagoog.GebruikerId, leeg, Als(Orthopedagoog), Om(new DateOnly(2027, 3, 20)));

        uitkomst.Fouten.Select(f => $"{f.Veld}: {f.Code}").ShouldBe(
            [
                "onafhankelijkheidVerklaard: onafhankelijkheid-vereist",
                "soort: soort-vereist",
                "datum: ongeldige-adviesdatum",
                "motiveringOnderwijsbehoeften: motivering-vereist",
                "motiveringRegulier: motivering-vereist",
                "motiveringBeoogdeSchool: motivering-vereist",
            ],
            ignoreOrder: true);
        tlv.EersteAdvies!.IsUitgebracht.ShouldBeFalse();
    }

    [Test]
    public void A_negative_advice_records_no_soort_or_categorie()
    {
        var tlv = Geadviseerd(tweede: Negatief() with { Soort = SoortToelaatbaarheid.So });

        tlv.TweedeAdvies!.Toelaatbaar.ShouldBe(false);
        tlv.TweedeAdvies.Soort.ShouldBeNull();
        tlv.AantalAdviezen.ShouldBe(2);
        tlv.Status.ShouldBe(TlvStatus.InAdvisering);
    }
}
