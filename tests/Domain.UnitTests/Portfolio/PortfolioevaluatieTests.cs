using PassendOnderwijs.Domain.Portfolio.Evaluatie;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;
using PassendOnderwijs.Domain.UnitTests.Arrangementen;

using static PassendOnderwijs.Domain.UnitTests.Uitkomsten;

namespace PassendOnderwijs.Domain.UnitTests.Portfolio;

/// <summary>Issue 20: the figures of the yearly portfolio evaluation (its small-cell rule: KleinecelonderdrukkingTests).</summary>
public sealed class PortfolioevaluatieTests
{
    private static readonly DateTimeOffset Later = new(2027, 2, 1, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void The_hours_of_a_year_are_those_registered_on_a_date_in_it_and_not_withdrawn()
    {
        var (inzet, eva) = ExpertinzetTests.InRealiseren(budget: 40m);
        var expert = ExpertinzetTests.AlsActor(eva);
        Gelukt(inzet.RegistreerUren(new DateOnly(2026, 12, 10), 3m, Uractiviteit.Observatie, null, expert, Later));
        Gelukt(inzet.RegistreerUren(new DateOnly(2026, 12, 17), 2.5m, Uractiviteit.GesprekLeerkrachtIb, null, expert, Later));
        Gelukt(inzet.RegistreerUren(new DateOnly(2027, 1, 12), 4m, Uractiviteit.Observatie, null, expert, Later));
        Gelukt(inzet.TrekUrenIn(inzet.Uren[1].Id, expert, Later));

        Urenverdeling.UrenIn(inzet, 2026).ShouldBe(3m);
        Urenverdeling.UrenIn(inzet, 2027).ShouldBe(4m);
        Urenverdeling.UrenIn(inzet, 2025).ShouldBe(0m);
    }

    [Test]
    public void Hours_split_by_key_count_each_pupil_once_and_leave_out_inzetten_without_hours_in_the_year()
    {
        var (gedrag, eva) = ExpertinzetTests.InRealiseren(budget: 40m);
        var (ookGedrag, hanna) = ExpertinzetTests.InRealiseren(budget: 40m);
        var (zonderUren, _) = ExpertinzetTests.InRealiseren(budget: 40m);
        Gelukt(gedrag.RegistreerUren(new DateOnly(2026, 12, 10), 3m, Uractiviteit.Observatie, null, ExpertinzetTests.AlsActor(eva), Later));
        Gelukt(ookGedrag.RegistreerUren(new DateOnly(2026, 12, 11), 1.25m, Uractiviteit.Observatie, null, ExpertinzetTests.AlsActor(hanna), Later));

        var regels = Urenverdeling.Verdeel([gedrag, ookGedrag, zonderUren], 2026, i => i.Expertisegebied);

        var regel = regels.ShouldHaveSingleItem();
        regel.Sleutel.ShouldBe(gedrag.Expertisegebied);
        regel.Leerlingen.ShouldBe(2);
        regel.Uren.ShouldBe(4.25m);
    }
}
