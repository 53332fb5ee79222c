using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Domain.UnitTests.Thuiszitters;

/// <summary>The count on a peildatum: a pure function over the register's entries.</summary>
public sealed class ThuiszittertellingTests
{
    private static readonly DateOnly Peildatum = new(2027, 3, 1);
    private static readonly DateOnly Tien = new(2016, 6, 1);

    private const string Absoluut = "absoluut-verzuim";
    private const string Relatief = "langdurig-relatief-verzuim";

    private static Telregel Relatiefsinds(DateOnly sinds, DateOnly? geboren = null, DateOnly? terug = null, DateOnly? einde = null) =>
        new(Verzuimsoort.LangdurigRelatiefVerzuim, sinds, geboren ?? Tien, Thuiszitreden.Schoolweigering, null, terug, einde);

    private static Telregel Absoluutsinds(DateOnly sinds, DateOnly? geboren = null, DateOnly? terug = null) =>
        new(Verzuimsoort.AbsoluutVerzuim, sinds, geboren ?? Tien, Thuiszitreden.WachtenOpPlek, null, terug, null);

    [Test]
    public void Relatief_verzuim_counts_only_after_four_weeks_absoluut_from_the_first_day()
    {
        var telling = ThuiszittertellingRegels.Tel(
        [
            Relatiefsinds(Peildatum.AddDays(-28)),
            Relatiefsinds(Peildatum.AddDays(-27)),
            Absoluutsinds(Peildatum),
            Absoluutsinds(Peildatum.AddDays(1)),
        ], Peildatum);

        telling.Thuiszitters.ShouldBe(2);
        telling.PerDuur.Kolomtotalen.ShouldBe([1, 1]);
    }

    [Test]
    public void A_vrijstelling_is_not_counted_as_thuiszitter_but_apart_per_ground()
    {
        var telling = ThuiszittertellingRegels.Tel(
        [
            new Telregel(Verzuimsoort.Vrijstelling, Peildatum.AddYears(-1), Tien, null, Vrijstellingsgrond.Artikel5a, null, null),
            new Telregel(Verzuimsoort.Vrijstelling, Peildatum.AddYears(-1), Tien, null, Vrijstellingsgrond.Artikel5OnderA, null, Peildatum),
            Relatiefsinds(Peildatum.AddDays(-60)),
        ], Peildatum);

        telling.Thuiszitters.ShouldBe(1);
        telling.PerLeeftijd.Totaal.ShouldBe(1);
        telling.Vrijstellingen.Totaal.ShouldBe(1);
        telling.Vrijstellingen.Cel("artikel-5a", "vrijstelling").ShouldBe(1);
        telling.Vrijstellingen.Cel("artikel-5-onder-a", "vrijstelling").ShouldBe(0);
    }

    [Test]
    public void A_child_that_returned_or_ended_on_the_peildatum_is_no_longer_counted()
    {
        var telling = ThuiszittertellingRegels.Tel(
        [
            Relatiefsinds(Peildatum.AddDays(-60), terug: Peildatum),
            Relatiefsinds(Peildatum.AddDays(-60), einde: Peildatum),
            Relatiefsinds(Peildatum.AddDays(-60), terug: Peildatum.AddDays(1)),
        ], Peildatum);

        telling.Thuiszitters.ShouldBe(1);
    }

    [TestCase("2026-12-02", "tot-3-maanden")]
    [TestCase("2026-12-01", "3-tot-6-maanden")]
    [TestCase("2026-09-02", "3-tot-6-maanden")]
    [TestCase("2026-09-01", "6-tot-12-maanden")]
    [TestCase("2026-03-02", "6-tot-12-maanden")]
    [TestCase("2026-03-01", "1-jaar-of-langer")]
    public void Duration_bands_run_by_calendar_months_from_the_first_day_of_absence(string sinds, string band)
    {
        ThuiszittertellingRegels.Duurband(DateOnly.Parse(sinds, System.Globalization.CultureInfo.InvariantCulture), Peildatum).ShouldBe(band);
    }

    [Test]
    public void Absoluut_verzuim_of_a_few_days_is_in_the_first_band()
    {
        var telling = ThuiszittertellingRegels.Tel([Absoluutsinds(Peildatum.AddDays(-3))], Peildatum);

        telling.PerDuur.Cel("tot-3-maanden", Absoluut).ShouldBe(1);
        telling.PerDuur.Cel("tot-3-maanden", Relatief).ShouldBe(0);
    }

    [TestCase("2015-03-02", "tot-en-met-11")]
    [TestCase("2015-03-01", "12-tot-en-met-15")]
    [TestCase("2011-03-02", "12-tot-en-met-15")]
    [TestCase("2011-03-01", "16-en-17")]
    [TestCase("2009-03-02", "16-en-17")]
    [TestCase("2009-03-01", "18-en-ouder")]
    public void Age_groups_go_by_the_age_on_the_peildatum(string geboren, string groep)
    {
        ThuiszittertellingRegels.Leeftijdsgroep(DateOnly.Parse(geboren, System.Globalization.CultureInfo.InvariantCulture), Peildatum).ShouldBe(groep);
    }

    [Test]
    public void Born_on_29_february_one_turns_a_year_older_on_1_march()
    {
        ThuiszittertellingRegels.Leeftijd(new DateOnly(2012, 2, 29), new DateOnly(2027, 2, 28)).ShouldBe(14);
        ThuiszittertellingRegels.Leeftijd(new DateOnly(2012, 2, 29), new DateOnly(2027, 3, 1)).ShouldBe(15);
    }

    [Test]
    public void Back_within_three_months_follows_the_new_thuiszitters_of_the_twelve_months_up_to_the_peildatum()
    {
        var telling = ThuiszittertellingRegels.Tel(
        [
            // Absent since 1 October: the aim is 1 January; back on 1 January is within.
            Relatiefsinds(new DateOnly(2026, 10, 1), terug: new DateOnly(2027, 1, 1)),
            Relatiefsinds(new DateOnly(2026, 10, 1), terug: new DateOnly(2027, 1, 2)),
            Absoluutsinds(new DateOnly(2026, 11, 15)),
            Relatiefsinds(new DateOnly(2026, 6, 1), einde: new DateOnly(2026, 8, 1)),
            Relatiefsinds(new DateOnly(2027, 1, 1), terug: new DateOnly(2027, 3, 2)),

            // Became a thuiszitter (after 4 weeks) on 1 March 2026: before the period, not followed.
            Relatiefsinds(new DateOnly(2026, 2, 1), terug: new DateOnly(2026, 4, 1)),
        ], Peildatum);

        telling.PeriodeVanaf.ShouldBe(new DateOnly(2026, 3, 2));
        telling.Terugkeer.Cel("binnen-3-maanden-terug", Relatief).ShouldBe(1);
        telling.Terugkeer.Cel("later-terug", Relatief).ShouldBe(1);
        telling.Terugkeer.Cel("nog-thuis", Absoluut).ShouldBe(1);
        telling.Terugkeer.Cel("nog-thuis", Relatief).ShouldBe(1);
        telling.Terugkeer.Cel("anders-beeindigd", Relatief).ShouldBe(1);
        telling.Terugkeer.Totaal.ShouldBe(5);
    }

    [Test]
    public void Every_breakdown_is_a_table_whose_totals_add_up()
    {
        var telling = ThuiszittertellingRegels.Tel(
        [
            Relatiefsinds(new DateOnly(2026, 10, 1)),
            Relatiefsinds(new DateOnly(2025, 10, 1), geboren: new DateOnly(2010, 1, 1)),
            Absoluutsinds(new DateOnly(2027, 2, 1), geboren: new DateOnly(2008, 1, 1)),
        ], Peildatum);

        foreach (var tabel in telling.Tabellen)
        {
            tabel.Rijen.ShouldAllBe(r => r.Totaal == r.Cellen.Sum());
            tabel.Totaal.ShouldBe(tabel.Rijen.Sum(r => r.Totaal));
            tabel.Totaal.ShouldBe(tabel.Kolomtotalen.Sum());
        }

        telling.PerDuur.Totaal.ShouldBe(3);
        telling.PerLeeftijd.Cel("18-en-ouder", Absoluut).ShouldBe(1);
        telling.PerLeeftijd.Cel("16-en-17", Relatief).ShouldBe(1);
        telling.PerReden.Cel("schoolweigering", Relatief).ShouldBe(2);
        telling.PerDuur.Cel("1-jaar-of-langer", Relatief).ShouldBe(1);
    }
}
