using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Meldingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Termijnen;
using PassendOnderwijs.Domain.Termijnen.Gebeurtenissen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen.Gebeurtenissen;

namespace PassendOnderwijs.Domain.UnitTests.Meldingen;

/// <summary>Who hears what: the routing tables and the choice of recipients.</summary>
public class MeldingroutingTests
{
    private static readonly DateTimeOffset Nu = new(2027, 3, 14, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Aanvrager = Guid.CreateVersion7();
    private static readonly Guid Behandelaar = Guid.CreateVersion7();
    private static readonly Guid Collega = Guid.CreateVersion7();
    private static readonly Guid Ib = Guid.CreateVersion7();

    private static SwvCode Po => SwvCode.Parse("PO2705").Waarde;

    private static Zaakbetrokkenen Rond(Guid? veroorzaker) => Zaakbetrokkenen.Geen with
    {
        Aanvrager = Aanvrager,
        Geschiedenis = [new(Aanvrager, Rol.SchoolMedewerker), new(Behandelaar, Rol.SwvMedewerker), new(Collega, Rol.SwvMedewerker)],
        SchoolVanDeZaak = [Aanvrager, Ib],
        SwvMedewerkers = [Behandelaar, Collega],
        Veroorzaker = veroorzaker,
    };

    [Test]
    public void A_granted_request_tells_the_requester_and_the_other_swv_staff_but_not_who_granted_it()
    {
        var routes = ArrangementMeldingen.Voor(new ArrangementToegekend(Guid.NewGuid(), Po, ArrangementStatus.Toegekend, Nu));
        var betrokkenen = Rond(veroorzaker: Behandelaar);

        var aanvrager = routes.Single(r => r.Wie == Ontvangers.Aanvrager);
        aanvrager.Soort.ShouldBe(Meldingsoort.AanvraagBeantwoord);
        aanvrager.Tekst.ShouldBe("Uw aanvraag voor een arrangement is toegekend.");
        betrokkenen.Kies(Ontvangers.Aanvrager).ShouldBe([Aanvrager]);
        betrokkenen.Kies(routes.Single(r => r.Soort == Meldingsoort.Besluit).Wie).ShouldBe([Collega]);
    }

    [Test]
    public void The_swv_question_goes_to_the_requester_and_the_answer_to_the_swv_staff()
    {
        var vraag = ArrangementMeldingen.Voor(new ArrangementInformatieGevraagd(Guid.NewGuid(), Po, ArrangementStatus.InBehandeling, Nu)).ShouldHaveSingleItem();
        vraag.ShouldBe(new Meldingroute(Ontvangers.Aanvrager, Meldingsoort.VraagGesteld, vraag.Tekst));

        var antwoord = ArrangementMeldingen.Voor(new ArrangementInformatieGegeven(Guid.NewGuid(), Po, ArrangementStatus.InBehandeling, Nu)).ShouldHaveSingleItem();
        antwoord.Wie.ShouldBe(Ontvangers.Behandelaars);
        Rond(veroorzaker: Aanvrager).Kies(antwoord.Wie).ShouldBe([Behandelaar, Collega]);
    }

    [Test]
    public void The_person_who_caused_the_event_is_never_told()
    {
        var betrokkenen = Rond(veroorzaker: Aanvrager);
        foreach (var wie in Enum.GetValues<Ontvangers>())
        {
            betrokkenen.Kies(wie).ShouldNotContain(Aanvrager);
        }
    }

    [Test]
    public void Steps_that_people_see_in_their_werkvoorraad_tell_nobody()
    {
        ArrangementMeldingen.Voor(new ArrangementAangevraagd(Guid.NewGuid(), Po, ArrangementStatus.Aangevraagd, Nu)).ShouldBeEmpty();
        ArrangementMeldingen.Voor(new ArrangementInBehandelingGenomen(Guid.NewGuid(), Po, ArrangementStatus.InBehandeling, Nu)).ShouldBeEmpty();
        TlvMeldingen.Voor(new TlvAangevraagd(Guid.NewGuid(), Po, TlvStatus.Aangevraagd, Nu)).ShouldBeEmpty();
    }

    [Test]
    public void An_adviser_is_asked_and_the_requester_hears_the_tlv_decision()
    {
        TlvMeldingen.Voor(new TlvAdviseurAangewezen(Guid.NewGuid(), Po, TlvStatus.InAdvisering, Nu)).ShouldHaveSingleItem().Wie.ShouldBe(Ontvangers.Adviseurs);
        TlvMeldingen.Voor(new TlvBekendgemaakt(Guid.NewGuid(), Po, TlvStatus.Bekendgemaakt, Nu))
            .ShouldContain(r => r.Wie == Ontvangers.Aanvrager && r.Soort == Meldingsoort.AanvraagBeantwoord);
    }

    [Test]
    public void Every_term_in_the_deadline_table_has_someone_who_acts()
    {
        TermijnMeldingen.WieHandelt.Keys.Order().ShouldBe(Termijnentabel.Alle.Select(r => r.Soort).Order());
    }

    [Test]
    public void A_term_nobody_picked_up_reaches_the_swv_staff_and_a_picked_up_one_only_its_behandelaars()
    {
        var nadert = new TermijnNadert(Guid.NewGuid(), Po, "12AB00", Termijnsoort.ArrangementBehandeling, Zaaksoort.Arrangement, Guid.NewGuid(), new DateOnly(2027, 3, 21), Nu);
        var route = TermijnMeldingen.Voor(nadert).ShouldHaveSingleItem();
        route.Soort.ShouldBe(Meldingsoort.TermijnNadert);
        route.Tekst.ShouldBe("Een termijn loopt bijna af: beslissen op een aanvraag voor een arrangement.");

        Rond(veroorzaker: null).Kies(route.Wie).ShouldBe([Behandelaar, Collega]);
        var nogNiemand = Rond(veroorzaker: null) with { Geschiedenis = [new(Aanvrager, Rol.SchoolMedewerker)] };
        nogNiemand.Kies(route.Wie).ShouldBe([Behandelaar, Collega]);
        var alleenEen = Rond(veroorzaker: null) with { Geschiedenis = [new(Behandelaar, Rol.SwvMedewerker)] };
        alleenEen.Kies(route.Wie).ShouldBe([Behandelaar]);
    }

    [Test]
    public void An_evaluation_term_is_for_the_school_and_a_met_term_tells_nobody()
    {
        var verlopen = new TermijnVerlopen(Guid.NewGuid(), Po, "12AB00", Termijnsoort.ArrangementEvaluatie, Zaaksoort.Arrangement, Guid.NewGuid(), new DateOnly(2027, 3, 13), Nu);
        var route = TermijnMeldingen.Voor(verlopen).ShouldHaveSingleItem();
        route.Soort.ShouldBe(Meldingsoort.TermijnVerlopen);
        Rond(veroorzaker: null).Kies(route.Wie).ShouldBe([Aanvrager, Ib]);

        TermijnMeldingen.Voor(new TermijnGehaald(Guid.NewGuid(), Po, "12AB00", Termijnsoort.ArrangementEvaluatie, Zaaksoort.Arrangement, Guid.NewGuid(), new DateOnly(2027, 3, 13), true, Nu))
            .ShouldBeEmpty();
    }

    [Test]
    public void No_routing_text_is_longer_than_a_notification_may_be()
    {
        var teksten = new[]
            {
                ArrangementMeldingen.Voor(new ArrangementToegekend(Guid.NewGuid(), Po, ArrangementStatus.Toegekend, Nu)),
                ArrangementMeldingen.Voor(new ArrangementAfgewezen(Guid.NewGuid(), Po, ArrangementStatus.Afgewezen, Nu)),
                TlvMeldingen.Voor(new TlvBeslistOpBezwaar(Guid.NewGuid(), Po, TlvStatus.Bekendgemaakt, Nu)),
                KoppelingMeldingen.AfleveringMislukt,
            }
            .Concat(Enum.GetValues<Termijnsoort>().Select(s => TermijnMeldingen.Voor(
                new TermijnVerlopen(Guid.NewGuid(), Po, "12AB00", s, Zaaksoort.Arrangement, Guid.NewGuid(), new DateOnly(2027, 3, 13), Nu))))
            .SelectMany(r => r).Select(r => r.Tekst);
        teksten.ShouldAllBe(t => t.Length <= Melding.MaximaleLengteTekst && t.EndsWith('.'));
    }

    [Test]
    public void Preferences_default_to_the_app_and_keep_what_was_not_named()
    {
        var voorkeuren = Meldingvoorkeuren.Standaard(Aanvrager, Po);
        voorkeuren.Voorkeuren.ShouldAllBe(v => v.InApp);
        voorkeuren.Voor(Meldingsoort.Besluit).PerEmail.ShouldBeFalse();
        voorkeuren.Voor(Meldingsoort.VraagGesteld).PerEmail.ShouldBeTrue();

        voorkeuren.Wijzig([new(Meldingsoort.Besluit, InApp: false, PerEmail: true)], Nu);

        voorkeuren.Versie.ShouldBe(1);
        voorkeuren.Voor(Meldingsoort.Besluit).ShouldBe(new Meldingvoorkeur(Meldingsoort.Besluit, false, true));
        voorkeuren.Voor(Meldingsoort.VraagGesteld).ShouldBe(Meldingvoorkeuren.StandaardVoor(Meldingsoort.VraagGesteld));
        voorkeuren.Voorkeuren.Count.ShouldBe(Enum.GetValues<Meldingsoort>().Length);
    }

    [Test]
    public void Reading_twice_keeps_the_first_moment()
    {
        var melding = Melding.Nieuw(Aanvrager, Po, Meldingsoort.Besluit, "Een arrangement waaraan u werkte, is toegekend.", Zaaksoort.Arrangement, Guid.NewGuid(), Nu);
        melding.MarkeerGelezen(Nu.AddHours(1));
        melding.MarkeerGelezen(Nu.AddHours(2));
        melding.GelezenOp.ShouldBe(Nu.AddHours(1));
    }
}
