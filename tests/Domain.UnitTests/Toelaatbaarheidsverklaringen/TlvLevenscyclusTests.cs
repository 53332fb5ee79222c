using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;
using static PassendOnderwijs.Domain.UnitTests.Toelaatbaarheidsverklaringen.TlvMaker;
using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Toelaatbaarheidsverklaringen;

/// <summary>The table: who may take which step when, and what waits in whose werkvoorraad.</summary>
public class TlvLevenscyclusTests
{
    private static readonly Rol[] Medewerker = [Rol.SwvMedewerker];

    [Test]
    public void Steps_the_lifecycle_does_not_allow_are_refused_and_change_nothing()
    {
        var tlv = Aangevraagd();

        var uitkomst = tlv.MaakBekend(Bekendmaking, Commissie, Om(Bekendmaking));

        uitkomst.Fouten.ShouldHaveSingleItem().Melding.ShouldBe(
            "Een toelaatbaarheidsverklaring met de status 'aangevraagd' kunt u niet bekendmaken; dat kan alleen bij de status 'besloten, nog niet bekendgemaakt'.");
        tlv.Status.ShouldBe(TlvStatus.Aangevraagd);
        tlv.Gebeurtenissen.Count.ShouldBe(1);
    }

    [Test]
    public void Only_SWV_staff_decide_and_only_the_deskundige_advises()
    {
        TlvLevenscyclus.Tabel[TlvStap.Besluit].Rollen.ShouldBe([Rol.SwvMedewerker]);
        TlvLevenscyclus.Tabel[TlvStap.Advies].Rollen.ShouldBe([Rol.Deskundige]);
        TlvLevenscyclus.Tabel.Stappen.Where(s => s.Rollen.Contains(Rol.Deskundige)).Select(s => s.Code).ShouldBe([TlvStap.Advies]);
    }

    [Test]
    public void The_allowed_steps_follow_the_status()
    {
        TlvLevenscyclus.Tabel.ToegestaneStappen(Geadviseerd(), Medewerker, []).ShouldBe([TlvStap.Besluit, TlvStap.Intrekking]);
        TlvLevenscyclus.Tabel.ToegestaneStappen(Bekendgemaakt(), Medewerker, []).ShouldBe([TlvStap.BezwaarOntvangst, TlvStap.Inschrijving, TlvStap.Herindicatie]);
        TlvLevenscyclus.Tabel.ToegestaneStappen(LbtGevraagd(), Medewerker, []).ShouldBe(
            [TlvStap.NietOntvankelijkVerklaring, TlvStap.Hoorzitting, TlvStap.LbtAdvies, TlvStap.Verdaging, TlvStap.Inschrijving]);
    }

    [Test]
    public void The_werkvoorraad_shows_each_term_to_the_one_who_must_act()
    {
        var vandaag = new DateOnly(2027, 5, 2);
        var gevallen = new[] { Aangevraagd(), MetAdviseurs(), Geadviseerd(), Besloten(), InBezwaar() };

        Acties(gevallen, [Rol.SwvMedewerker], vandaag).ShouldBe(
            ["deskundigen-aanwijzen", "besluiten", "bekendmaken", "lbt-advies-vragen"]);
        Acties(gevallen, [Rol.Deskundige], vandaag, Orthopedagoog.GebruikerId).ShouldBe(["adviseren"]);
        Acties(gevallen, [Rol.Deskundige], vandaag, Psycholoog.GebruikerId).ShouldBeEmpty();
        Acties(gevallen, [Rol.SchoolMedewerker], vandaag).ShouldBeEmpty();
    }

    [Test]
    public void The_werkvoorraad_asks_for_a_herindicatie_from_the_signal_date()
    {
        var tlv = Bekendgemaakt();

        Acties([tlv], [Rol.SchoolMedewerker], tlv.HerindicatieVanaf!.Value.AddDays(-1)).ShouldBeEmpty();
        Acties([tlv], [Rol.SchoolMedewerker], tlv.HerindicatieVanaf.Value).ShouldBe(["herindicatie"]);
    }

    [Test]
    public void The_werkvoorraad_shows_the_decision_term_while_the_LBT_deliberates()
    {
        var tlv = LbtGevraagd();
        var uiterlijk = tlv.LopendBezwaar!.BeslissenUiterlijk;

        Acties([tlv], Medewerker, uiterlijk.AddDays(-TlvLevenscyclus.BeslistermijnVooruitDagen - 1)).ShouldBeEmpty();
        Acties([tlv], Medewerker, uiterlijk.AddDays(-TlvLevenscyclus.BeslistermijnVooruitDagen)).ShouldBe(["beslistermijn-bewaken"]);
    }

    private static List<string> Acties(IEnumerable<Toelaatbaarheidsverklaring> tlvs, Rol[] rollen, DateOnly horizon, Guid aanroeper = default)
    {
        var lijst = tlvs.ToList();
        return [.. TlvLevenscyclus.Tabel.Werkvoorraad(rollen, horizon, aanroeper)
            .SelectMany(w => lijst.Where(w.Filter.Compile()).Select(_ => w.Regel.Actie))];
    }
}
