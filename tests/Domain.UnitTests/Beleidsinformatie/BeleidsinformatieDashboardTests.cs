using PassendOnderwijs.Domain.Beleidsinformatie.Dashboard;
using PassendOnderwijs.Domain.Portfolio.Evaluatie;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;
using PassendOnderwijs.Domain.Schooljaren;
using PassendOnderwijs.Domain.UnitTests.Portfolio;

using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Beleidsinformatie;

/// <summary>Issue 21: the pure rules of the beleidsinformatie dashboard (periods, processing times, terms).</summary>
public sealed class BeleidsinformatieDashboardTests
{
    [Test]
    public void Processing_time_has_the_median_and_the_nearest_rank_p90_of_the_days()
    {
        var doorlooptijd = Doorlooptijd.Van([10, 2, 7, 30, 4, 5, 6, 8, 9, 3]);

        doorlooptijd.Aantal.ShouldBe(10);
        doorlooptijd.Mediaan.ShouldBe(6.5m);
        doorlooptijd.P90.ShouldBe(10);
    }

    [Test]
    public void Processing_time_of_an_odd_count_takes_the_middle_day_and_a_single_request_is_its_own_p90()
    {
        Doorlooptijd.Van([1, 40, 3]).ShouldBe(new Doorlooptijd(3, 3m, 40));
        Doorlooptijd.Van([12]).ShouldBe(new Doorlooptijd(1, 12m, 12));
    }

    [Test]
    public void Processing_time_without_decisions_has_no_median()
    {
        Doorlooptijd.Van([]).ShouldBe(Doorlooptijd.Leeg);
        Doorlooptijd.Leeg.Mediaan.ShouldBeNull();
    }

    [Test]
    public void A_decision_before_its_request_is_refused_and_days_count_calendar_days()
    {
        Should.Throw<ArgumentException>(() => Doorlooptijd.Van([3, -1]));
        Doorlooptijd.Dagen(new DateOnly(2026, 7, 31), new DateOnly(2026, 8, 2)).ShouldBe(2);
        Doorlooptijd.Dagen(new DateOnly(2026, 8, 2), new DateOnly(2026, 8, 2)).ShouldBe(0);
    }

    [Test]
    public void A_term_is_on_time_up_to_and_including_its_last_day_and_late_after_it()
    {
        var uiterlijk = new DateOnly(2026, 10, 9);
        var vandaag = new DateOnly(2026, 12, 1);

        Termijnuitkomsten.Beoordeel(uiterlijk, uiterlijk, vandaag).ShouldBe(Termijnuitkomst.OpTijd);
        Termijnuitkomsten.Beoordeel(uiterlijk, uiterlijk.AddDays(1), vandaag).ShouldBe(Termijnuitkomst.TeLaat);
        Termijnuitkomsten.Beoordeel(uiterlijk, null, vandaag).ShouldBe(Termijnuitkomst.TeLaat);
        Termijnuitkomsten.Beoordeel(uiterlijk, null, uiterlijk).ShouldBe(Termijnuitkomst.Lopend);
    }

    [Test]
    public void The_trend_shows_the_chosen_school_year_and_the_three_before_it_oldest_first()
    {
        Trendjaren.Tot(Schooljaar.Van(2026)).Select(j => j.ToString()).ShouldBe(["2023-2024", "2024-2025", "2025-2026", "2026-2027"]);
        Trendjaren.Tot(Schooljaar.Van(Schooljaar.EerstToegestaneBeginjaar)).ShouldHaveSingleItem();
    }

    [Test]
    public void Expert_hours_of_a_school_year_run_from_1_August_to_31_July()
    {
        var (inzet, eva) = ExpertinzetTests.InRealiseren(budget: 40m);
        var expert = ExpertinzetTests.AlsActor(eva);
        var later = new DateTimeOffset(2027, 9, 1, 10, 0, 0, TimeSpan.Zero);
        Gelukt(inzet.RegistreerUren(new DateOnly(2027, 8, 1), 1m, Uractiviteit.Observatie, null, expert, later));
        Gelukt(inzet.RegistreerUren(new DateOnly(2026, 11, 30), 2m, Uractiviteit.Observatie, null, expert, later));
        Gelukt(inzet.RegistreerUren(new DateOnly(2027, 7, 31), 4m, Uractiviteit.Observatie, null, expert, later));
        var jaar = Schooljaar.Van(2026);

        Urenverdeling.UrenIn(inzet, jaar.Begindatum, jaar.Einddatum).ShouldBe(6m);
        Urenverdeling.Verdeel([inzet], jaar.Begindatum, jaar.Einddatum, _ => "regio").ShouldHaveSingleItem().ShouldBe(new Urenregel<string>("regio", 1, 6m));
    }
}
