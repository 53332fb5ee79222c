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
}
