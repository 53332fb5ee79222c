using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Organisaties;

public class SchoolbestuurTests
{
    private static readonly SwvCode Swv = SwvCode.Parse("PO2705").Waarde;

    [Test]
    public void Registreer_keeps_the_five_digit_number_and_the_trimmed_name()
    {
        var bestuur = Schoolbestuur.Registreer(Swv, "41234", " Stichting Primair ").Waarde;

        bestuur.Samenwerkingsverband.ShouldBe(Swv);
        bestuur.Nummer.ShouldBe("41234");
        bestuur.Naam.ShouldBe("Stichting Primair");
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("4123")]
    [TestCase("412345")]
    [TestCase("4123a")]
    [TestCase("41 23")]
    [TestCase("41234\n")]
    [TestCase("٤١٢٣٤")]
    public void The_bevoegd_gezagnummer_has_exactly_five_digits(string? nummer)
    {
        var fout = Schoolbestuur.Registreer(Swv, nummer, "Stichting Primair").Fouten.ShouldHaveSingleItem();

        (fout.Veld, fout.Code).ShouldBe(("nummer", "ongeldig-bevoegd-gezagnummer"));
    }

    [Test]
    public void Registreer_reports_number_and_name_at_once() =>
        Schoolbestuur.Registreer(Swv, "123", null).Fouten.Select(f => f.Code).ShouldBe(["ongeldig-bevoegd-gezagnummer", "naam-vereist"], ignoreOrder: true);
}
