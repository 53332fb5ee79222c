using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Domain.UnitTests.Schooljaren;

public class SchooljaarTests
{
    [TestCase("2026-2027", 2026)]
    [TestCase("1990-1991", 1990)]
    [TestCase("2199-2200", 2199)]
    public void Parse_accepts_two_consecutive_years(string tekst, int beginjaar)
    {
        var schooljaar = Schooljaar.Parse(tekst);

        schooljaar.IsGelukt.ShouldBeTrue();
        schooljaar.Waarde.Beginjaar.ShouldBe(beginjaar);
        schooljaar.Waarde.ToString().ShouldBe(tekst);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("2026")]
    [TestCase("2026/2027")]
    [TestCase("2026-2028")]
    [TestCase("2027-2026")]
    [TestCase(" 2026-2027")]
    [TestCase("2026-2027\n")]
    [TestCase("1989-1990")]
    [TestCase("2200-2201")]
    [TestCase("२०२६-२०२७")]
    public void Parse_refuses_anything_else_with_a_field_error(string? tekst)
    {
        var schooljaar = Schooljaar.Parse(tekst);

        schooljaar.IsGelukt.ShouldBeFalse();
        schooljaar.Fouten.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            f => f.Soort.ShouldBe(FoutSoort.Ongeldig),
            f => f.Code.ShouldBe("ongeldig-leerjaar"),
            f => f.Veld.ShouldBe("leerjaar"));
    }

    [TestCase(2026, 7, 31, "2025-2026")]
    [TestCase(2026, 8, 1, "2026-2027")]
    [TestCase(2026, 11, 24, "2026-2027")]
    [TestCase(2027, 1, 1, "2026-2027")]
    public void A_schooljaar_runs_from_1_August_to_31_July(int jaar, int maand, int dag, string verwacht)
    {
        var datum = new DateOnly(jaar, maand, dag);

        var schooljaar = Schooljaar.Op(datum);

        schooljaar.ToString().ShouldBe(verwacht);
        schooljaar.Bevat(datum).ShouldBeTrue();
        schooljaar.Volgend().Bevat(datum).ShouldBeFalse();
    }

    [Test]
    public void Schooljaren_order_by_their_begin_year()
    {
        var eerder = Schooljaar.Van(2025);
        var later = Schooljaar.Van(2026);

        (eerder < later).ShouldBeTrue();
        (later >= eerder).ShouldBeTrue();
        eerder.Volgend().ShouldBe(later);
    }

    [Test]
    public void Van_refuses_years_outside_the_supported_range() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Schooljaar.Van(1989));
}
