using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.UnitTests.Common;

public class ResultTests
{
    [Test]
    public void A_failed_result_has_no_value() =>
        Should.Throw<InvalidOperationException>(() => _ = Result<int>.Mislukt(Fout.Ongeldig("x", "x")).Waarde);

    [Test]
    public void A_failed_result_needs_a_reason() =>
        Should.Throw<ArgumentException>(() => Result<int>.Mislukt([]));

    [Test]
    public void One_result_does_not_mix_kinds_of_failure() =>
        Should.Throw<ArgumentException>(() => Result<int>.Mislukt([Fout.Ongeldig("a", "a"), Fout.Conflict("b", "b")]));

    [Test]
    public void Map_carries_the_failures_over()
    {
        var fout = Fout.NietGevonden("weg", "Weg.");

        var uitkomst = Result<int>.Mislukt(fout).Map(x => x.ToString(System.Globalization.CultureInfo.InvariantCulture));

        uitkomst.Fouten.ShouldBe([fout]);
        Result<int>.Gelukt(4).Map(x => x * 2).Waarde.ShouldBe(8);
    }
}
