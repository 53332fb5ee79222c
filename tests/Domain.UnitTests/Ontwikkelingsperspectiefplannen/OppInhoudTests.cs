using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;
using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen;

/// <summary>What an OPP says: what may be stored, what a vaststelling needs, and the destinations a school can name.</summary>
public class OppInhoudTests
{
    internal static readonly Handelingsdeel VolledigHandelingsdeel = new(
        [
            new OppDoel(Doeltermijn.LangeTermijn, "Technisch lezen", "Leest aan het eind van groep 8 op AVI-niveau E6."),
            new OppDoel(Doeltermijn.KorteTermijn, "Technisch lezen", "Leest in maart op AVI-niveau M6."),
            new OppDoel(Doeltermijn.Tussendoel, "Werkhouding", "Werkt twintig minuten zelfstandig."),
        ],
        [new Ondersteuningsafspraak("Individuele leesbegeleiding", "Leesspecialist", "Twee keer per week een half uur", null)],
        [new DateOnly(2027, 3, 1), new DateOnly(2027, 6, 15)],
        null);

    internal static readonly OppInhoud Volledig = new(
        Uitstroombestemming.VmboKader,
        "Rekenen gaat op niveau; lezen blijft twee jaar achter.",
        "Gemotiveerd, goede band met de leerkracht.",
        "Leesachterstand, snel overprikkeld in de grote groep.",
        [new Afwijking("Rekenen", "Eigen leerlijn", "Eind groep 6")],
        VolledigHandelingsdeel);

    [Test]
    public void A_complete_plan_is_read_trimmed_and_needs_nothing_more()
    {
        var gelezen = Gelukt(OppInhoudsregels.Lees(Volledig with { OnderbouwingUitstroom = "  Onderbouwing.  " }, SoortSchool.Bao));

        gelezen.OnderbouwingUitstroom.ShouldBe("Onderbouwing.");
        OppInhoudsregels.Ontbrekend(gelezen).ShouldBeEmpty();
        OppInhoudsregels.Ontbrekend(gelezen.Handelingsdeel).ShouldBeEmpty();
    }

    [Test]
    public void An_empty_concept_may_be_stored_but_lists_everything_a_vaststelling_needs()
    {
        var leeg = Gelukt(OppInhoudsregels.Lees(OppInhoud.Leeg, SoortSchool.Bao));

        OppInhoudsregels.Ontbrekend(leeg).Select(f => f.Veld).ShouldBe(
            ["uitstroombestemming", "onderbouwingUitstroom", "bevorderendeFactoren", "belemmerendeFactoren"]);
        OppInhoudsregels.Ontbrekend(leeg.Handelingsdeel).Select(f => f.Melding).ShouldBe(
        [
            "Geef ten minste één doel voor de lange termijn.",
            "Geef ten minste één doel voor de korte termijn.",
            "Beschrijf de ondersteuning en begeleiding: wat, door wie en hoeveel.",
            "Plan ten minste één evaluatiemoment.",
        ]);
    }

    [Test]
    public void Every_problem_is_named_by_its_path_at_once()
    {
        var fout = Volledig with
        {
            Afwijkingen = [new Afwijking(" ", "Eigen leerlijn", null)],
            Handelingsdeel = VolledigHandelingsdeel with
            {
                Doelen = [new OppDoel(Doeltermijn.LangeTermijn, "Lezen", "")],
                Evaluatiemomenten = [new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 1)],
                PlanVanAanpak = new PlanVanAanpak([], [new Interventie("Coaching", "Expert", new DateOnly(2027, 3, 1), new DateOnly(2027, 2, 1))], -1),
            },
        };

        OppInhoudsregels.Lees(fout, SoortSchool.Bao).Codes().ShouldBe(
            "afwijkingen[0].vakgebied: tekst-vereist, handelingsdeel.evaluatiemomenten: dubbel-evaluatiemoment, "
            + "handelingsdeel.doelen[0].omschrijving: tekst-vereist, handelingsdeel.planVanAanpak.expertUren: expert-uren-ongeldig, "
            + "handelingsdeel.planVanAanpak.interventies[0].tot: periode-omgekeerd");
    }

    [Test]
    public void A_vso_plan_names_one_of_the_three_uitstroomprofielen_of_oso_code_list_32()
    {
        OppInhoudsregels.Lees(Volledig, SoortSchool.Vso).Codes().ShouldBe("uitstroombestemming: uitstroombestemming-past-niet");
        OppInhoudsregels.Lees(Volledig with { Uitstroombestemming = Uitstroombestemming.Arbeidsmarkt }, SoortSchool.Vso).IsGelukt.ShouldBeTrue();
        OppInhoudsregels.Lees(Volledig with { Uitstroombestemming = Uitstroombestemming.Dagbesteding }, SoortSchool.Bao).IsGelukt.ShouldBeTrue();
        UitstroombestemmingCodes.Uitstroomprofielen.Select(p => p.Oso32()).ShouldBe([1, 2, 3]);
        Uitstroombestemming.Havo.Oso32().ShouldBeNull();
    }
}
