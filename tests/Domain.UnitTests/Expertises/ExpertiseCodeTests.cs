using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Domain.UnitTests.Expertises;

public class ExpertiseCodeTests
{
    [TestCase("AUTISMESPECTRUMSTOORNISSEN")]
    [TestCase("DOOF_MEERVOUDIG_BEPERKT")]
    public void Parse_accepts_RIO_codes(string code) =>
        ExpertiseCode.Parse(code).Waarde.Waarde.ShouldBe(code);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("autisme")]
    [TestCase("_GEDRAG")]
    [TestCase("GEDRAG-PROBLEMEN")]
    [TestCase("GEDRAG PROBLEMEN")]
    [TestCase("EPILEPSIE\n")]
    public void Parse_refuses_what_is_not_a_code(string? code)
    {
        var uitkomst = ExpertiseCode.Parse(code);

        uitkomst.IsGelukt.ShouldBeFalse();
        uitkomst.Fouten.ShouldHaveSingleItem().Code.ShouldBe("ongeldige-expertisecode");
    }

    [Test]
    public void Parse_refuses_a_code_longer_than_the_column() =>
        ExpertiseCode.Parse(new string('A', ExpertiseCode.MaximaleLengte + 1)).IsGelukt.ShouldBeFalse();

    [Test]
    public void Codes_with_the_same_text_are_equal() =>
        ExpertiseCode.Parse("EPILEPSIE").Waarde.ShouldBe(ExpertiseCode.Parse("EPILEPSIE").Waarde);
}
