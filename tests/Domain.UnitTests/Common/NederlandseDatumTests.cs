using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.UnitTests.Common;

public class NederlandseDatumTests
{
    [TestCase(2027, 3, 14, "14 maart 2027")]
    [TestCase(2026, 1, 1, "1 januari 2026")]
    [TestCase(2026, 12, 31, "31 december 2026")]
    [TestCase(2028, 2, 29, "29 februari 2028")]
    public void A_date_reads_as_day_month_name_and_year(int jaar, int maand, int dag, string verwacht) =>
        NederlandseDatum.Tekst(new DateOnly(jaar, maand, dag)).ShouldBe(verwacht);

    [Test]
    public void Every_month_has_its_dutch_name() =>
        Enumerable.Range(1, 12).Select(m => NederlandseDatum.Tekst(new DateOnly(2027, m, 1)).Split(' ')[1]).ShouldBe(
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]);

    [Test]
    public void An_instant_falls_on_the_dutch_day_not_the_utc_day()
    {
        // 23:30 UTC on 31 December is already 1 January in Amsterdam (UTC+1 in winter), and 22:30 UTC in June is 00:30 (UTC+2).
        NederlandseDatum.Van(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2027, 1, 1));
        NederlandseDatum.Van(new DateTimeOffset(2026, 6, 30, 22, 30, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 7, 1));
        NederlandseDatum.Van(new DateTimeOffset(2026, 6, 30, 21, 30, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 6, 30));
    }
}
