using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using static PassendOnderwijs.Domain.UnitTests.Arrangementen.ArrangementMaker;

namespace PassendOnderwijs.Domain.UnitTests.Arrangementen;

public class ArrangementAanvraagTests
{
    private static readonly Uitvoerder Visio = new(SoortUitvoerder.Oba, "Visio", "123A456", "VISUELE_BEPERKINGEN");

    private static IEnumerable<TestCaseData> EnkeleOvertredingen()
    {
        var geldig = GeldigeAanvraag();
        TestCaseData Geval(string wat, Aanvraag aanvraag, string veld, string code) => new TestCaseData(aanvraag, veld, code).SetArgDisplayNames(wat);

        yield return Geval("end before start", geldig with { Einddatum = Ingang.AddDays(-1) }, "einddatum", "omgekeerde-periode");
        yield return Geval("negative hours", geldig with { Uren = -0.5m }, "uren", "negatieve-uren");
        yield return Geval("negative budget", geldig with { Budget = -0.01m }, "budget", "negatief-budget");
        yield return Geval("too many hours", geldig with { Uren = Arrangement.MaximumUren + 0.01m }, "uren", "te-groot");
        yield return Geval("too large budget", geldig with { Budget = Arrangement.MaximumBudget + 0.01m }, "budget", "te-groot");
        yield return Geval("budget with a third decimal", geldig with { Budget = 1250.505m }, "budget", "te-veel-decimalen");
        yield return Geval("hours with a third decimal", geldig with { Uren = 12.125m }, "uren", "te-veel-decimalen");
        yield return Geval("no goals", geldig with { Doelen = [] }, "doelen", "doel-vereist");
        yield return Geval("a blank goal", geldig with { Doelen = ["Leest op AVI-niveau E4", "  "] }, "doelen[1]", "doel-vereist");
        yield return Geval("a too long goal", geldig with { Doelen = [new string('d', Doel.MaximaleLengte + 1)] }, "doelen[0]", "tekst-te-lang");
        yield return Geval("too many goals", geldig with { Doelen = [.. Enumerable.Range(1, Doel.Maximum + 1).Select(i => $"Doel {i}")] }, "doelen", "te-veel-doelen");
        yield return Geval("no toelichting", geldig with { Toelichting = " \t" }, "toelichting", "toelichting-vereist");
        yield return Geval("a too long toelichting", geldig with { Toelichting = new string('t', Arrangement.MaximaleLengteToelichting + 1) }, "toelichting", "tekst-te-lang");
        yield return Geval("middelen without budget", geldig with { Soort = SoortArrangement.Middelen, Budget = null }, "budget", "budget-vereist");
        yield return Geval("inzet-expert without hours", geldig with { Soort = SoortArrangement.InzetExpert, Uren = null }, "uren", "uren-vereist");
        yield return Geval("cluster 1-2 without OBA", geldig with { Soort = SoortArrangement.ArrangementCluster12 }, "uitvoerder.soort", "oba-vereist");
        yield return Geval("OBA without code", geldig with { Uitvoerder = Visio with { ObaCode = null } }, "uitvoerder", "oba-gegevens-vereist");
        yield return Geval("OBA without expertise", geldig with { Uitvoerder = Visio with { Expertise = null } }, "uitvoerder", "oba-gegevens-vereist");
        yield return Geval("no uitvoerder name", geldig with { Uitvoerder = geldig.Uitvoerder with { Naam = " " } }, "uitvoerder.naam", "uitvoerder-vereist");
        yield return Geval("an expert account for a school", geldig with { Uitvoerder = new(SoortUitvoerder.School, "De Regenboog", null, null, Guid.CreateVersion7()) }, "uitvoerder.expertId", "expert-alleen-bij-expert");
    }

    private static IEnumerable<TestCaseData> Grenswaarden()
    {
        var geldig = GeldigeAanvraag();
        TestCaseData Geval(string wat, Aanvraag aanvraag) => new TestCaseData(aanvraag).SetArgDisplayNames(wat);

        yield return Geval("a one-day period", geldig with { Einddatum = Ingang });
        yield return Geval("zero hours and budget", geldig with { Uren = 0m, Budget = 0m });
        yield return Geval("the maximum hours and budget", geldig with { Uren = Arrangement.MaximumUren, Budget = Arrangement.MaximumBudget });
        yield return Geval("no hours or budget for an onderwijsarrangement", geldig with { Uren = null, Budget = null });
        yield return Geval("the maximum number of goals", geldig with { Doelen = [.. Enumerable.Range(1, Doel.Maximum).Select(i => $"Doel {i}")] });
        yield return Geval("middelen with a budget only", geldig with { Soort = SoortArrangement.Middelen, Uren = null });
        yield return Geval("inzet-expert with hours only", geldig with { Soort = SoortArrangement.InzetExpert, Budget = null });
        yield return Geval("cluster 1-2 by a complete OBA", geldig with { Soort = SoortArrangement.ArrangementCluster12, Uitvoerder = Visio });
        yield return Geval("an expert named by account", geldig with { Uitvoerder = new(SoortUitvoerder.Expert, "Eva Expert", null, null, Guid.CreateVersion7()) });
    }

    [Test]
    public void VraagAan_reports_every_problem_at_once()
    {
        var aanvraag = GeldigeAanvraag() with
        {
            Soort = SoortArrangement.ArrangementCluster12,
            Doelen = [],
            Ingangsdatum = Einde,
            Einddatum = Ingang,
            Uren = -1m,
            Budget = -1m,
            Toelichting = "",
        };

        var uitkomst = Arrangement.VraagAan(Leerling(), aanvraag, Arrangementtermijnen.Standaard, Ib, Nu);

        uitkomst.Soort.ShouldBe(FoutSoort.Ongeldig);
        uitkomst.Fouten.Select(f => $"{f.Veld}: {f.Code}").ShouldBe(
        [
            "einddatum: omgekeerde-periode", "uren: negatieve-uren", "budget: negatief-budget", "uitvoerder.soort: oba-vereist",
            "doelen: doel-vereist", "toelichting: toelichting-vereist",
        ], ignoreOrder: true);
    }

    [Test]
    public void VraagAan_reports_the_rules_of_the_kind_together()
    {
        var aanvraag = GeldigeAanvraag() with { Soort = SoortArrangement.Middelen, Budget = null, Uren = 10_001m, Uitvoerder = Visio with { ObaCode = null } };

        Arrangement.VraagAan(Leerling(), aanvraag, Arrangementtermijnen.Standaard, Ib, Nu).Fouten.Select(f => $"{f.Veld}: {f.Code}").ShouldBe(
            ["budget: budget-vereist", "uren: te-groot", "uitvoerder: oba-gegevens-vereist"], ignoreOrder: true);
    }

    [TestCaseSource(nameof(EnkeleOvertredingen))]
    public void VraagAan_refuses(Aanvraag aanvraag, string veld, string code)
    {
        var fout = Arrangement.VraagAan(Leerling(), aanvraag, Arrangementtermijnen.Standaard, Ib, Nu).Fouten.ShouldHaveSingleItem();

        (fout.Soort, fout.Veld, fout.Code).ShouldBe((FoutSoort.Ongeldig, veld, code));
    }

    [TestCaseSource(nameof(Grenswaarden))]
    public void VraagAan_accepts(Aanvraag aanvraag)
    {
        var uitkomst = Arrangement.VraagAan(Leerling(), aanvraag, Arrangementtermijnen.Standaard, Ib, Nu);

        uitkomst.IsGelukt.ShouldBeTrue(uitkomst.Codes());
        uitkomst.Waarde.Uren.ShouldBe(aanvraag.Uren);
        uitkomst.Waarde.Budget.ShouldBe(aanvraag.Budget);
        uitkomst.Waarde.Doelen.Count.ShouldBe(aanvraag.Doelen.Count);
    }

    [Test]
    public void A_request_records_what_was_asked_for_whom_and_by_whom()
    {
        var leerling = Leerling();
        var aanvraag = GeldigeAanvraag() with { Doelen = ["  Leest op AVI-niveau E4 ", "Werkt zelfstandig"], Toelichting = "  Niet genoeg. " };

        var arrangement = Arrangement.VraagAan(leerling, aanvraag, Arrangementtermijnen.Standaard, Ib, Nu).Waarde;

        arrangement.Status.ShouldBe(ArrangementStatus.Aangevraagd);
        arrangement.LeerlingId.ShouldBe(leerling.Id);
        arrangement.Samenwerkingsverband.Waarde.ShouldBe("PO2705");
        arrangement.Vestiging.Waarde.ShouldBe("12AB00");
        arrangement.Soort.ShouldBe(SoortArrangement.Onderwijsarrangement);
        arrangement.Inhoud.AandachtEnTijd.ShouldBe("Twee keer per week verlengde instructie");
        arrangement.Doelen.ShouldBe(new[] { new Doel(1, "Leest op AVI-niveau E4"), new Doel(2, "Werkt zelfstandig") });
        (arrangement.Ingangsdatum, arrangement.Einddatum).ShouldBe((Ingang, Einde));
        (arrangement.Uren, arrangement.Budget).ShouldBe((40m, 2500m));
        arrangement.Uitvoerder.ShouldBe(new Uitvoerder(SoortUitvoerder.School, "De Regenboog", null, null));
        arrangement.Bekostiger.ShouldBe(Bekostiger.Swv);
        arrangement.Toelichting.ShouldBe("Niet genoeg.");
        arrangement.AangevraagdOp.ShouldBe(Nu);
        arrangement.GewijzigdOp.ShouldBe(Nu);
        arrangement.Gebeurtenissen.ShouldHaveSingleItem().ShouldBe(new Gebeurtenis(Nu, Ib, Gebeurtenis.Aangevraagd, null));
        arrangement.OpenVraag.ShouldBeNull();
        arrangement.Besluit.ShouldBeNull();
        arrangement.Beschikkingsnummer.ShouldBeNull();
        arrangement.Startdatum.ShouldBeNull();
        arrangement.VolgendeEvaluatieUiterlijk.ShouldBeNull();
        arrangement.Evaluaties.ShouldBeEmpty();
    }

    [Test]
    public void The_swv_aims_to_decide_within_six_weeks_of_the_request()
    {
        var arrangement = Aangevraagd();

        arrangement.Behandeldeadline.ShouldBe(new DateOnly(2027, 1, 5));
        arrangement.Behandeldeadline.ShouldBe(Vandaag.AddDays(7 * Arrangementtermijnen.Standaard.BehandeltermijnWeken));
    }

    [Test]
    public void The_deadline_does_not_change_while_the_request_is_handled() =>
        Toegekend().Behandeldeadline.ShouldBe(new DateOnly(2027, 1, 5));

    [Test]
    public void VraagAan_reports_missing_text_instead_of_failing()
    {
        var aanvraag = ArrangementMaker.GeldigeAanvraag() with { Toelichting = null, Doelen = [null, "Leest op AVI-niveau E4"] };

        var uitkomst = Arrangement.VraagAan(ArrangementMaker.Leerling(), aanvraag, Arrangementtermijnen.Standaard, ArrangementMaker.Ib, ArrangementMaker.Nu);

        uitkomst.Fouten.Select(f => (f.Code, f.Veld)).ShouldBe([("doel-vereist", "doelen[0]"), ("toelichting-vereist", "toelichting")], ignoreOrder: true);
    }
}
