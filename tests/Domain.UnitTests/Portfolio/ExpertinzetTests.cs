using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;
using PassendOnderwijs.Domain.UnitTests.Arrangementen;

using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Portfolio;

public sealed class ExpertinzetTests
{
    private static readonly DateTimeOffset Nu = ArrangementMaker.Nu;
    private static readonly DateOnly Vandaag = ArrangementMaker.Vandaag;
    private static readonly Actor Ib = ArrangementMaker.Ib;
    private static readonly Actor Procesbegeleider = new("swv-pb-1", "Piet (procesbegeleider)");

    private static Gebruiker Eva() => Gebruiker.Registreer("eva@voorbeeld.nl", "Eva Expert", Rol.Expert, "PO2705", []).Waarde;

    internal static Actor AlsActor(Gebruiker g) => new(g.Id.Waarde.ToString(), g.Naam);

    private static Casusinformatie Casus() => Casusinformatie.Lees("Hoe helpen we Sam bij driftbuien?", "Veel prikkels in de klas.", "Sterke band met de leerkracht.", "Time-out plek en dagritmekaarten.").Waarde;

    private static Expertinzet Nieuw() =>
        Expertinzet.Start(ArrangementMaker.Leerling(), Guid.NewGuid(), Expertisegebied.Gedrag, Casus(), null, null, Ib, Nu);

    private static (Expertinzet Inzet, Gebruiker Expert) Gekoppeld()
    {
        var eva = Eva();
        var inzet = Nieuw();
        Gelukt(inzet.Koppel(eva, Guid.NewGuid(), Procesbegeleider, Nu.AddHours(1)));
        return (inzet, eva);
    }

    internal static (Expertinzet Inzet, Gebruiker Expert) InRealiseren(decimal budget = 10m)
    {
        var (inzet, eva) = Gekoppeld();
        var expert = AlsActor(eva);
        Gelukt(inzet.NaarFase(ExpertinzetStap.Waarnemen, Ib, Nu.AddHours(2)));
        Gelukt(inzet.NaarFase(ExpertinzetStap.Begrijpen, expert, Nu.AddHours(3)));
        Gelukt(inzet.DeelSamenvatting("Sam raakt overprikkeld.", "Bied een rustige werkplek.", true, expert, Nu.AddHours(4)));
        Gelukt(inzet.NaarFase(ExpertinzetStap.Plannen, expert, Nu.AddHours(5)));
        Gelukt(inzet.LegPlanVast(["Sam werkt 20 minuten zelfstandig."], [new("Rustige werkplek", Vandaag, Vandaag.AddDays(60), "Leerkracht")], budget, true, expert, Nu.AddHours(6)));
        Gelukt(inzet.NaarFase(ExpertinzetStap.Realiseren, Ib, Nu.AddHours(7)));
        return (inzet, eva);
    }

    [Test]
    public void A_new_inzet_waits_for_an_expert_and_records_its_start()
    {
        var inzet = Nieuw();

        inzet.Status.ShouldBe(ExpertinzetStatus.WachtOpExpert);
        inzet.Gebeurtenissen.ShouldHaveSingleItem().Actie.ShouldBe(InzetGebeurtenis.Aangemaakt);
        inzet.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<ExpertinzetAangemaakt>();
    }

    [Test]
    public void Case_information_lists_every_missing_part()
    {
        var fouten = Casusinformatie.Lees(" ", null, "", null).Fouten.Select(f => f.Code);

        fouten.ShouldBe(["ondersteuningsvraag-vereist", "belemmerende-factoren-vereist", "stimulerende-factoren-vereist", "geboden-ondersteuning-vereist"]);
    }

    [Test]
    public void Linking_needs_an_active_expert_of_the_samenwerkingsverband()
    {
        var inzet = Nieuw();
        var medewerker = Gebruiker.Registreer("mo@voorbeeld.nl", "Mo", Rol.SwvMedewerker, "PO2705", []).Waarde;
        var anderSwv = Gebruiker.Registreer("x@voorbeeld.nl", "X", Rol.Expert, "PO2706", []).Waarde;
        var gedeactiveerd = Eva();
        gedeactiveerd.Deactiveer();

        inzet.Koppel(medewerker, null, Procesbegeleider, Nu).Fouten.ShouldHaveSingleItem().Code.ShouldBe("geen-expert");
        inzet.Koppel(anderSwv, null, Procesbegeleider, Nu).Fouten.ShouldHaveSingleItem().Code.ShouldBe("geen-expert");
        inzet.Koppel(gedeactiveerd, null, Procesbegeleider, Nu).Fouten.ShouldHaveSingleItem().Code.ShouldBe("expert-gedeactiveerd");
        inzet.Status.ShouldBe(ExpertinzetStatus.WachtOpExpert);
    }

    [Test]
    public void Linking_starts_the_preparation_and_unlinking_waits_again()
    {
        var (inzet, eva) = Gekoppeld();

        (inzet.Status, inzet.ExpertId, inzet.ExpertNaam).ShouldBe((ExpertinzetStatus.Voorbereiding, eva.Id.Waarde, "Eva Expert"));
        inzet.DomainEvents[^1].ShouldBeOfType<ExpertinzetExpertGekoppeld>().ExpertId.ShouldBe(eva.Id.Waarde);

        inzet.Ontkoppel("", Procesbegeleider, Nu.AddHours(2)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("reden-vereist");
        Gelukt(inzet.Ontkoppel("Langdurig ziek.", Procesbegeleider, Nu.AddHours(2)));
        (inzet.Status, inzet.ExpertId, inzet.BetrokkeneId).ShouldBe((ExpertinzetStatus.WachtOpExpert, null, null));
    }

    [Test]
    public void The_cycle_runs_in_order_and_a_step_out_of_order_is_a_conflict()
    {
        var (inzet, eva) = Gekoppeld();
        var expert = AlsActor(eva);

        var fout = inzet.NaarFase(ExpertinzetStap.Begrijpen, expert, Nu).Fouten.ShouldHaveSingleItem();
        (fout.Soort, fout.Code).ShouldBe((FoutSoort.Conflict, "ongeldige-overgang"));

        Gelukt(inzet.NaarFase(ExpertinzetStap.Waarnemen, expert, Nu.AddHours(2)));
        Gelukt(inzet.NaarFase(ExpertinzetStap.Begrijpen, expert, Nu.AddHours(3)));
        inzet.NaarFase(ExpertinzetStap.Plannen, expert, Nu.AddHours(4)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("samenvatting-vereist");
        Gelukt(inzet.DeelSamenvatting("Conclusies.", "Aanbevelingen.", false, expert, Nu.AddHours(4)));
        Gelukt(inzet.NaarFase(ExpertinzetStap.Plannen, expert, Nu.AddHours(5)));
        inzet.NaarFase(ExpertinzetStap.Realiseren, expert, Nu.AddHours(6)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("plan-vereist");
        inzet.Status.ShouldBe(ExpertinzetStatus.Plannen);
    }

    [Test]
    public void Notes_belong_to_the_phase_they_were_written_in()
    {
        var (inzet, eva) = Gekoppeld();

        Gelukt(inzet.VoegNotitieToe("Vraag en rollen besproken.", Ib, Nu.AddHours(2)));
        Gelukt(inzet.NaarFase(ExpertinzetStap.Waarnemen, Ib, Nu.AddHours(3)));
        Gelukt(inzet.VoegNotitieToe("Observatie in groep 5.", AlsActor(eva), Nu.AddHours(4)));

        inzet.Notities.Select(n => (n.Fase, n.Door.Naam)).ShouldBe([(ExpertinzetStatus.Voorbereiding, Ib.Naam), (ExpertinzetStatus.Waarnemen, "Eva Expert")]);
        inzet.VoegNotitieToe(" ", Ib, Nu).Fouten.ShouldHaveSingleItem().Code.ShouldBe("tekst-vereist");
    }

    [Test]
    public void A_plan_lists_every_problem()
    {
        var fouten = Expertinzet.ControleerPlan([], [new(" ", Vandaag, Vandaag.AddDays(-1), "")], 0.3m).Select(f => f.Code);

        fouten.ShouldBe(["doel-vereist", "interventie-vereist", "wie-vereist", "omgekeerde-periode", "geen-kwartieren"]);
        Expertinzet.ControleerPlan(["Doel"], [], null).Select(f => f.Code).ShouldBe(["interventie-vereist", "urenbudget-vereist"]);
    }

    [Test]
    public void Hours_are_quarter_hours_above_zero_not_in_the_future()
    {
        Expertinzet.ControleerUren(Vandaag.AddDays(1), 0.3m, null, Vandaag).Select(f => f.Code).ShouldBe(["datum-in-toekomst", "geen-kwartieren"]);
        Expertinzet.ControleerUren(null, 0m, new string('x', 501), Vandaag).Select(f => f.Code).ShouldBe(["datum-vereist", "ongeldige-uren", "tekst-te-lang"]);
        Expertinzet.ControleerUren(Vandaag, 1.75m, "Observatie", Vandaag).ShouldBeEmpty();
    }

    [Test]
    public void Only_the_linked_expert_registers_hours()
    {
        var (inzet, _) = Gekoppeld();
        var ander = AlsActor(Eva());

        inzet.RegistreerUren(Vandaag, 1m, Uractiviteit.Observatie, null, ander, Nu.AddHours(2)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("niet-gekoppeld");
    }

    [Test]
    public void Hours_count_against_the_budget_warn_from_eighty_percent_and_never_exceed_it()
    {
        var (inzet, eva) = InRealiseren(budget: 10m);
        var expert = AlsActor(eva);

        Gelukt(inzet.RegistreerUren(Vandaag, 7.75m, Uractiviteit.Observatie, "Klasobservatie", expert, Nu.AddHours(8)));
        inzet.UrenBijnaOp.ShouldBeFalse();
        Gelukt(inzet.RegistreerUren(Vandaag, 0.25m, Uractiviteit.Verslag, null, expert, Nu.AddHours(9)));
        (inzet.UrenGebruikt, inzet.UrenBijnaOp).ShouldBe((8m, true));

        var fout = inzet.RegistreerUren(Vandaag, 2.25m, Uractiviteit.Verslag, null, expert, Nu.AddHours(10)).Fouten.ShouldHaveSingleItem();
        (fout.Soort, fout.Code).ShouldBe((FoutSoort.Conflict, "budget-overschreden"));
        fout.Melding.ShouldContain("boven het budget van 10 uur");
        inzet.UrenGebruikt.ShouldBe(8m);

        Gelukt(inzet.RegistreerUren(Vandaag, 2m, Uractiviteit.Verslag, null, expert, Nu.AddHours(10)));
        inzet.UrenGebruikt.ShouldBe(10m);
    }

    [Test]
    public void The_expert_cannot_raise_their_own_budget_but_the_school_can_never_below_use()
    {
        var (inzet, eva) = InRealiseren(budget: 4m);
        var expert = AlsActor(eva);
        Gelukt(inzet.RegistreerUren(Vandaag, 3m, Uractiviteit.Observatie, null, expert, Nu.AddHours(8)));
        IReadOnlyList<string?> doelen = ["Doel"];
        IReadOnlyList<Interventie> interventies = [new("Coaching", Vandaag, Vandaag.AddDays(30), "Expert")];

        inzet.LegPlanVast(doelen, interventies, 8m, true, expert, Nu.AddHours(9)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("budget-door-school");
        inzet.LegPlanVast(doelen, interventies, 2m, false, Ib, Nu.AddHours(9)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("budget-onder-gebruik");
        Gelukt(inzet.LegPlanVast(doelen, interventies, 8m, false, Ib, Nu.AddHours(9)));
        Gelukt(inzet.LegPlanVast(["Doel", "Tweede doel"], interventies, 8m, true, expert, Nu.AddHours(10)));
        (inzet.UrenBudget, inzet.Plan!.Doelen.Count).ShouldBe((8m, 2));
    }

    [Test]
    public void A_withdrawn_registration_stays_on_record_and_no_longer_counts()
    {
        var (inzet, eva) = InRealiseren();
        var expert = AlsActor(eva);
        Gelukt(inzet.RegistreerUren(Vandaag, 2m, Uractiviteit.GesprekLeerkrachtIb, null, expert, Nu.AddHours(8)));
        var id = inzet.Uren.Single().Id;

        inzet.TrekUrenIn(id, Ib, Nu.AddHours(9)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("niet-eigen-registratie");
        Gelukt(inzet.TrekUrenIn(id, expert, Nu.AddHours(9)));

        (inzet.UrenGebruikt, inzet.Uren.Single().Telt, inzet.Uren.Single().IngetrokkenDoor).ShouldBe((0m, false, expert));
        inzet.TrekUrenIn(id, expert, Nu.AddHours(10)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("al-ingetrokken");
    }

    [Test]
    public void Closing_needs_advice_for_goals_reached_and_a_partner_for_a_referral()
    {
        var (inzet, eva) = InRealiseren();
        var expert = AlsActor(eva);
        Gelukt(inzet.NaarFase(ExpertinzetStap.Evaluatie, expert, Nu.AddHours(8)));

        inzet.SluitAf(Inzetresultaat.DoelenBehaald, null, " ", null, expert, Nu.AddHours(9)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("advies-vereist");
        inzet.SluitAf(Inzetresultaat.Verwezen, null, null, null, expert, Nu.AddHours(9)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("verwijzing-vereist");
        inzet.SluitAf(Inzetresultaat.TerugNaarNetwerk, Verwijzing.Arts, null, null, expert, Nu.AddHours(9)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("verwijzing-alleen-bij-verwezen");

        Gelukt(inzet.SluitAf(Inzetresultaat.DoelenBehaald, null, "Houd de rustige werkplek aan.", null, expert, Nu.AddHours(9)));

        inzet.Status.ShouldBe(ExpertinzetStatus.Afgesloten);
        var afgesloten = inzet.DomainEvents[^1].ShouldBeOfType<ExpertinzetAfgesloten>();
        (afgesloten.Resultaat, afgesloten.ExpertId, afgesloten.Expertisegebied).ShouldBe((Inzetresultaat.DoelenBehaald, eva.Id.Waarde, Expertisegebied.Gedrag));
        inzet.RegistreerUren(Vandaag, 1m, Uractiviteit.Verslag, null, expert, Nu.AddHours(10)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("ongeldige-overgang");
        inzet.VoegNotitieToe("Nog iets.", Ib, Nu.AddHours(10)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("ongeldige-overgang");
    }

    [Test]
    public void The_guidance_names_what_an_expert_does_not_do()
    {
        ExpertRichtlijn.DoetNiet.Count.ShouldBe(5);
        ExpertRichtlijn.DoetNiet.ShouldAllBe(z => z.EndsWith('.'));
    }

    [Test]
    public void Who_may_take_which_step_follows_the_handbook()
    {
        var tabel = ExpertinzetLevenscyclus.Tabel;
        tabel[ExpertinzetStap.Koppeling].Rollen.ShouldBeEmpty();
        tabel[ExpertinzetStap.Koppeling].Functies.ShouldBe([Functie.RegionaalProcesbegeleider]);
        tabel[ExpertinzetStap.Urenregistratie].Rollen.ShouldBe([Rol.Expert]);
        tabel[ExpertinzetStap.Samenvatting].Rollen.ShouldBe([Rol.Expert]);
        tabel[ExpertinzetStap.Waarnemen].Rollen.ShouldBe([Rol.SchoolMedewerker, Rol.Expert]);
    }
}
