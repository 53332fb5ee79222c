using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Organisaties;

public class SamenwerkingsverbandTests
{
    [Test]
    public void Registreer_keeps_the_code_and_the_trimmed_name()
    {
        var swv = Samenwerkingsverband.Registreer("VO2301", "  Passend VO Amersfoort ").Waarde;

        swv.Code.Waarde.ShouldBe("VO2301");
        swv.Naam.ShouldBe("Passend VO Amersfoort");
        swv.Regios.ShouldBeEmpty();
    }

    [Test]
    public void A_new_samenwerkingsverband_is_active_in_the_sector_of_its_code()
    {
        var swv = Samenwerkingsverband.Registreer("VO2301", "Passend VO", Sector.Vo).Waarde;

        swv.Sector.ShouldBe(Sector.Vo);
        swv.Status.ShouldBe(TenantStatus.Actief);
    }

    [Test]
    public void Registreer_refuses_a_sector_that_does_not_fit_the_code() =>
        Samenwerkingsverband.Registreer("VO2301", "Passend VO", Sector.Po).Fouten.ShouldHaveSingleItem().Code.ShouldBe("sector-past-niet");

    [Test]
    public void Suspending_and_reactivating_go_one_way_at_a_time()
    {
        var swv = Samenwerkingsverband.Registreer("PO2705", "Passend PO").Waarde;

        swv.SchortOp().IsGelukt.ShouldBeTrue();
        swv.Status.ShouldBe(TenantStatus.Opgeschort);
        swv.SchortOp().Fouten.ShouldHaveSingleItem().Code.ShouldBe("al-opgeschort");
        swv.Heractiveer().IsGelukt.ShouldBeTrue();
        swv.Status.ShouldBe(TenantStatus.Actief);
        swv.Heractiveer().Fouten.ShouldHaveSingleItem().Code.ShouldBe("niet-opgeschort");
    }

    [Test]
    public void Registreer_reports_a_bad_code_and_a_missing_name_at_once() =>
        Samenwerkingsverband.Registreer("PO27", " ").Fouten.Select(f => $"{f.Veld}: {f.Code}")
            .ShouldBe(["code: ongeldige-swv-code", "naam: naam-vereist"], ignoreOrder: true);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("po2705")]
    [TestCase("PO27050")]
    [TestCase("XO2705")]
    [TestCase("PO-27-05")]
    [TestCase("PO2705\n")]
    public void Registreer_refuses_a_code_that_is_not_PO_or_VO_and_four_digits(string? code) =>
        Samenwerkingsverband.Registreer(code, "Passend Primair").Fouten.ShouldHaveSingleItem().Code.ShouldBe("ongeldige-swv-code");

    [Test]
    public void An_indeling_lists_regios_with_their_trimmed_netwerken()
    {
        var indeling = Samenwerkingsverband.LeesIndeling([(" Noord ", [" Stad", "Dorp "]), ("Zuid", null)]).Waarde;

        indeling.Select(r => r.Naam).ShouldBe(["Noord", "Zuid"]);
        indeling[0].LokaleNetwerken.ShouldBe(["Stad", "Dorp"]);
        indeling[1].LokaleNetwerken.ShouldBeEmpty();
    }

    [Test]
    public void Regio_names_are_unique_regardless_of_case()
    {
        var fout = Samenwerkingsverband.LeesIndeling([("Noord", null), ("NOORD ", null)]).Fouten.ShouldHaveSingleItem();

        (fout.Veld, fout.Code).ShouldBe(("regios[1].naam", "dubbele-regio"));
    }

    [Test]
    public void A_netwerk_is_unique_within_its_regio_but_may_recur_in_another()
    {
        var fout = Samenwerkingsverband.LeesIndeling([("Noord", ["Stad", "stad"]), ("Zuid", ["Stad"])]).Fouten.ShouldHaveSingleItem();

        (fout.Veld, fout.Code).ShouldBe(("regios[0].lokaleNetwerken[1]", "dubbel-netwerk"));
        Samenwerkingsverband.LeesIndeling([("Noord", ["Stad"]), ("Zuid", ["Stad"])]).IsGelukt.ShouldBeTrue();
    }

    [Test]
    public void Regios_and_netwerken_need_a_name()
    {
        var uitkomst = Samenwerkingsverband.LeesIndeling([(" ", ["Stad"]), ("Zuid", ["Haven", null])]);

        uitkomst.Soort.ShouldBe(FoutSoort.Ongeldig);
        uitkomst.Fouten.Select(f => $"{f.Veld}: {f.Code}").ShouldBe(
            ["regios[0].naam: naam-vereist", "regios[1].lokaleNetwerken[1]: naam-vereist"], ignoreOrder: true);
    }

    [Test]
    public void An_indeling_has_at_most_fifty_regios()
    {
        var regios = Enumerable.Range(1, Samenwerkingsverband.MaximumRegios + 1)
            .Select(i => ((string?)$"Regio {i}", (IReadOnlyList<string?>?)null)).ToList();

        Samenwerkingsverband.LeesIndeling(regios).Fouten.ShouldHaveSingleItem().Code.ShouldBe("te-veel-regios");
        Samenwerkingsverband.LeesIndeling(regios[..^1]).IsGelukt.ShouldBeTrue();
    }

    [Test]
    public void DeelIn_replaces_the_whole_indeling()
    {
        var swv = OrganisatieMaker.SwvMetIndeling();

        swv.DeelIn(Samenwerkingsverband.LeesIndeling([("West", ["Kust"])]).Waarde);

        swv.Regios.ShouldHaveSingleItem().Naam.ShouldBe("West");
        swv.KentNetwerk("Noord", null).ShouldBeFalse();
    }

    [TestCase("Noord", null, true)]
    [TestCase("Noord", "Stad", true)]
    [TestCase("Zuid", "Haven", true)]
    [TestCase("Noord", "Haven", false)]
    [TestCase("Oost", null, false)]
    [TestCase("Oost", "Stad", false)]
    public void KentNetwerk_knows_the_regios_and_the_netwerken_within_them(string regio, string? netwerk, bool bekend) =>
        OrganisatieMaker.SwvMetIndeling().KentNetwerk(regio, netwerk).ShouldBe(bekend);

    [Test]
    public void Hernoem_needs_a_name()
    {
        var swv = OrganisatieMaker.NieuwSwv();

        swv.Hernoem("  ").Fouten.ShouldHaveSingleItem().Code.ShouldBe("naam-vereist");
        swv.Naam.ShouldBe("Passend Primair Utrecht");
        swv.Hernoem(" Passend Primair ").IsGelukt.ShouldBeTrue();
        swv.Naam.ShouldBe("Passend Primair");
    }
}
