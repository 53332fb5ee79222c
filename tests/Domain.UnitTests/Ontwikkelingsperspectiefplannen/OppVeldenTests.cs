using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using static PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen.OppInhoudTests;

namespace PassendOnderwijs.Domain.UnitTests.Ontwikkelingsperspectiefplannen;

/// <summary>The field-by-field diff between two versions, and the handelingsdeel's fingerprint that instemming is tied to.</summary>
public class OppVeldenTests
{
    [Test]
    public void The_same_plan_has_no_differences()
    {
        OppVelden.Verschillen(Volledig, Volledig with { }).ShouldBeEmpty();
    }

    [Test]
    public void A_changed_field_shows_its_label_with_the_old_and_the_new_text()
    {
        var nieuw = Volledig with { Uitstroombestemming = Uitstroombestemming.VmboGemengd, BelemmerendeFactoren = "Leesachterstand." };

        OppVelden.Verschillen(Volledig, nieuw).ShouldBe(
        [
            new OppVerschil("uitstroombestemming", "Verwachte uitstroombestemming", "Vmbo kaderberoepsgerichte leerweg", "Vmbo gemengde leerweg"),
            new OppVerschil("belemmerendeFactoren", "Belemmerende factoren", "Leesachterstand, snel overprikkeld in de grote groep.", "Leesachterstand."),
        ]);
    }

    [Test]
    public void An_added_and_a_removed_line_show_with_one_side_empty()
    {
        var nieuw = Volledig with
        {
            Afwijkingen = [],
            Handelingsdeel = VolledigHandelingsdeel with
            {
                Evaluatiemomenten = [.. VolledigHandelingsdeel.Evaluatiemomenten, new DateOnly(2027, 7, 1)],
            },
        };

        var verschillen = OppVelden.Verschillen(Volledig, nieuw);

        verschillen[0].ShouldBe(new OppVerschil("handelingsdeel.evaluatiemomenten[2]", "Evaluatiemoment 3", null, "1 juli 2027"));
        verschillen.Skip(1).Select(v => (v.Pad, v.Nieuw)).ShouldBe(
        [
            ("afwijkingen[0].vakgebied", null),
            ("afwijkingen[0].leerlijn", null),
            ("afwijkingen[0].niveau", null),
        ]);
    }

    [Test]
    public void The_fingerprint_changes_with_any_part_of_the_handelingsdeel_and_nothing_else()
    {
        var vingerafdruk = OppVelden.Vingerafdruk(VolledigHandelingsdeel);

        vingerafdruk.ShouldMatch("^[0-9a-f]{64}$");
        OppVelden.Vingerafdruk(VolledigHandelingsdeel with { }).ShouldBe(vingerafdruk);
        OppVelden.Vingerafdruk(VolledigHandelingsdeel with { Evaluatiemomenten = [new DateOnly(2027, 3, 1)] }).ShouldNotBe(vingerafdruk);
        OppVelden.Vingerafdruk(VolledigHandelingsdeel with
        {
            Ondersteuning = [VolledigHandelingsdeel.Ondersteuning[0] with { Omvang = "Drie keer per week een half uur" }],
        }).ShouldNotBe(vingerafdruk);
    }

    [Test]
    public void A_line_break_inside_a_value_cannot_pass_for_the_next_field()
    {
        // Written one field per line without escaping, these two would read the same.
        var tweeDoelen = VolledigHandelingsdeel with
        {
            Doelen = [new OppDoel(Doeltermijn.LangeTermijn, "Lezen", "A"), new OppDoel(Doeltermijn.LangeTermijn, "Lezen", "B")],
        };
        var eenDoel = VolledigHandelingsdeel with
        {
            Doelen =
            [
                new OppDoel(
                    Doeltermijn.LangeTermijn,
                    "Lezen",
                    "A\nhandelingsdeel.doelen[1].termijn=Lange termijn\nhandelingsdeel.doelen[1].domein=Lezen\nhandelingsdeel.doelen[1].omschrijving=B"),
            ],
        };

        OppVelden.Vingerafdruk(eenDoel).ShouldNotBe(OppVelden.Vingerafdruk(tweeDoelen));
    }

    [Test]
    public void Expert_hours_are_written_with_a_decimal_comma_as_the_api_runs_without_culture_data()
    {
        // This project runs with invariant globalization like the API, where the nl-NL culture does not exist.
        var plan = new PlanVanAanpak(["Sam leest elke dag hardop."], [], 12.5m);
        var nieuw = Volledig with { Handelingsdeel = VolledigHandelingsdeel with { PlanVanAanpak = plan with { ExpertUren = 20m } } };
        var oud = Volledig with { Handelingsdeel = VolledigHandelingsdeel with { PlanVanAanpak = plan } };

        OppVelden.Verschillen(oud, nieuw).ShouldBe(
            [new OppVerschil("handelingsdeel.planVanAanpak.expertUren", "Plan van aanpak: experturen", "12,5", "20")]);
    }
}
