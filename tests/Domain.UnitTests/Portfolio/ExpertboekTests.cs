using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertboek;

namespace PassendOnderwijs.Domain.UnitTests.Portfolio;

/// <summary>Issue 20: the expertboek (each expert's gebieden, regio, fte and days) and each regio's offer.</summary>
public class ExpertboekTests
{
    private static readonly Samenwerkingsverband Swv = MaakSwv();

    private static Samenwerkingsverband MaakSwv()
    {
        var swv = Samenwerkingsverband.Registreer("PO2705", "Passend Onderwijs Vallei").Waarde;
        swv.DeelIn(Samenwerkingsverband.LeesIndeling([("Ede", ["Ede-Noord", "Ede-Zuid"]), ("Wageningen", ["Wageningen"]), ("Veenendaal", [])]).Waarde);
        return swv;
    }

    private static Expertprofielgegevens Gegevens(
        decimal? fte = 0.6m, string? regio = "Ede", Werkdag[]? dagen = null, string[]? ookIn = null, Expertisegebied[]? gebieden = null) =>
        new(gebieden ?? [Expertisegebied.Gedrag, Expertisegebied.HechtingTrauma, Expertisegebied.Gedrag], regio, fte,
            dagen ?? [Werkdag.Dinsdag, Werkdag.Maandag, Werkdag.Donderdag], ookIn ?? [], null);

    [Test]
    public void An_entry_keeps_each_gebied_and_day_once_in_a_fixed_order_and_knows_where_the_expert_works()
    {
        var profiel = Expertprofiel.LegVast(Swv, Guid.CreateVersion7(), Gegevens(ookIn: ["Wageningen"])).Waarde;

        profiel.Expertisegebieden.ShouldBe([Expertisegebied.Gedrag, Expertisegebied.HechtingTrauma]);
        profiel.Werkdagen.ShouldBe([Werkdag.Maandag, Werkdag.Dinsdag, Werkdag.Donderdag]);
        profiel.WerktIn("Ede").ShouldBeTrue();
        profiel.WerktIn("Wageningen").ShouldBeTrue("experts may work across regio's when capacity requires it");
        profiel.WerktIn("Veenendaal").ShouldBeFalse();
    }

    [Test]
    public void Every_problem_of_an_entry_is_listed_at_once()
    {
        var fouten = Expertprofiel.LegVast(Swv, Guid.CreateVersion7(),
            Gegevens(regio: "Arnhem", ookIn: ["Zwolle", "Ede", "Apeldoorn"], gebieden: [], fte: 1.5m)).Fouten;

        fouten.Select(f => (f.Code, f.Veld)).ShouldBe(
        [
            ("expertisegebied-vereist", "expertisegebieden"),
            ("regio-onbekend", "regio"),
            ("regio-onbekend", "ookInRegios[0]"),
            ("regio-onbekend", "ookInRegios[2]"),
            ("fte-ongeldig", "fte"),
        ]);
        Expertprofiel.LegVast(Swv, Guid.CreateVersion7(), Gegevens(ookIn: ["Ede"])).Fouten.ShouldHaveSingleItem().Code.ShouldBe("regio-dubbel");
    }

    [TestCase(0.6, 3, true)]
    [TestCase(0.6, 2, false)]
    [TestCase(1.0, 5, true)]
    [TestCase(0.1, 1, true)]
    [TestCase(0.25, 1, false)]
    public void An_fte_needs_enough_days_one_day_being_a_fifth(decimal fte, int dagen, bool geldig)
    {
        var uitkomst = Expertprofiel.LegVast(Swv, Guid.CreateVersion7(), Gegevens(fte: fte, dagen: [.. Enum.GetValues<Werkdag>().Take(dagen)]));

        uitkomst.IsGelukt.ShouldBe(geldig);
        if (!geldig)
        {
            uitkomst.Fouten.ShouldHaveSingleItem().Code.ShouldBe("te-weinig-werkdagen");
        }
    }

    [Test]
    public void An_fte_is_given_in_at_most_two_decimals_and_needs_days()
    {
        Expertprofiel.LegVast(Swv, Guid.CreateVersion7(), Gegevens(fte: 0.333m)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("fte-ongeldig");
        Expertprofiel.LegVast(Swv, Guid.CreateVersion7(), Gegevens(fte: null)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("fte-vereist");
        Expertprofiel.LegVast(Swv, Guid.CreateVersion7(), Gegevens(dagen: [])).Fouten.ShouldHaveSingleItem().Code.ShouldBe("werkdag-vereist");
    }

    [Test]
    public void A_regio_offers_each_gebied_once_and_only_a_regio_of_the_samenwerkingsverband_has_an_offer()
    {
        var aanbod = Regioaanbod.Stel(Swv, "Ede", [Expertisegebied.JongeKind, Expertisegebied.Gedrag, Expertisegebied.JongeKind]).Waarde;
        aanbod.Expertisegebieden.ShouldBe([Expertisegebied.Gedrag, Expertisegebied.JongeKind]);
        aanbod.Wijzig([]);
        aanbod.Expertisegebieden.ShouldBeEmpty();

        Regioaanbod.Stel(Swv, "Arnhem", [Expertisegebied.Gedrag]).Fouten.ShouldHaveSingleItem().Code.ShouldBe("regio-onbekend");
    }
}
