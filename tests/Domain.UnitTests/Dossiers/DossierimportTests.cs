using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Dossiers;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Dossiers;

public class DossierimportTests
{
    private static readonly DateTimeOffset Nu = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    private static Dossierinhoud Inhoud(Ouderinzage? inzage = null) => new(
        VestigingCode.Parse("00YY00").Waarde, Overdrachtsprofiel.PoSwv, new DateOnly(2026, 11, 30), "LeerlingInZicht 1",
        inzage, [], Overdrachtsgegevens.Leeg, BeschermdeGegevens.Geen);

    private static Ontvangst Ontvangst(string hash) => new(SwvCode.Parse("PO2705").Waarde, hash, 1234, Nu, new Actor("las", "LAS (koppeling)"));

    [Test]
    public void A_received_dossier_is_current_and_keeps_what_it_was_given()
    {
        var hash = new string('a', 64);
        var import = Dossierimport.Ontvang(Ontvangst(hash), Guid.CreateVersion7(), Inhoud(), [new Verslagregel(Verslagsoort.Aangemaakt, "Leerling", "Nieuw.")]);
        import.Status.ShouldBe(DossierimportStatus.Actueel);
        import.Inhoudshash.ShouldBe(hash);
        import.Vestiging.Waarde.ShouldBe("00YY00");
        import.Verslag.ShouldHaveSingleItem();

        import.Vervang();
        import.Vervang();
        import.Status.ShouldBe(DossierimportStatus.Vervangen);
    }

    [TestCase("")]
    [TestCase("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    [TestCase("abc")]
    public void A_content_hash_that_is_no_lower_case_SHA256_is_a_bug(string hash) =>
        Should.Throw<ArgumentException>(() => Dossierimport.Ontvang(Ontvangst(hash), Guid.CreateVersion7(), Inhoud(), []));

    [TestCase(Akkoordantwoord.Nee, Akkoordantwoord.Ja, true)]
    [TestCase(Akkoordantwoord.Ja, Akkoordantwoord.Nee, true)]
    [TestCase(Akkoordantwoord.Ja, Akkoordantwoord.Ja, false)]
    [TestCase(Akkoordantwoord.Onbekend, null, false)]
    public void The_ouders_object_when_they_disagree_with_the_content_or_refuse_the_transfer(Akkoordantwoord akkoord, Akkoordantwoord? toestemming, bool bezwaar) =>
        new Ouderinzage(false, true, new DateOnly(2026, 11, 1), akkoord, null, toestemming).HeeftBezwaar.ShouldBe(bezwaar);

    [Test]
    public void The_profile_fits_one_sector()
    {
        Overdrachtsprofiel.PoSwv.Sector().ShouldBe(Sector.Po);
        Overdrachtsprofiel.VoSwv.Sector().ShouldBe(Sector.Vo);
    }
}

public class OppUitDossierTests
{
    [TestCase(SoortSchool.Bao, Aanleiding.ExtraOndersteuning)]
    [TestCase(SoortSchool.So, Aanleiding.Inschrijving)]
    [TestCase(SoortSchool.Sbo, Aanleiding.Inschrijving)]
    public void A_running_plan_from_a_dossier_is_an_empty_concept_whose_history_names_the_dossier(SoortSchool soort, Aanleiding aanleiding)
    {
        var nu = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
        var opp = Ontwikkelingsperspectiefplan.StartUitDossier(
            Ontwikkelingsperspectiefplannen.OppMaker.Leerling(soort), new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 30), new Actor("las", "LAS (koppeling)"), nu).Waarde;

        opp.Status.ShouldBe(OppStatus.Concept);
        opp.Aanleiding.ShouldBe(aanleiding);
        opp.Startdatum.ShouldBe(new DateOnly(2026, 9, 1));
        opp.Concept!.Inhoud.Handelingsdeel.Doelen.ShouldBeEmpty();
        opp.Concept.Inhoud.Uitstroombestemming.ShouldBeNull();
        opp.Gebeurtenissen.ShouldHaveSingleItem().Toelichting.ShouldEndWith("; geïmporteerd uit OSO-dossier van 30 november 2026");
    }
}
