using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.UnitTests.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Leerlingen;

public class BetrokkeneTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 24);
    private static readonly DateTimeOffset Nu = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Medewerker = new("m-1", "Mira Medewerker");

    private static Leerling NieuweLeerling() =>
        Leerling.Registreer(OrganisatieMaker.NieuweSchool(), "Sam", "Jansen", new DateOnly(2017, 5, 1), "5", Vandaag).Waarde;

    private static Gebruiker NieuweGebruiker(Rol rol = Rol.Expert, string swv = "PO2705") =>
        Gebruiker.Registreer($"{rol}@swv.nl", "Eva Expert", rol, swv, rol == Rol.SchoolMedewerker ? ["12AB00"] : []).Waarde;

    private static Result<Betrokkene> VoegToe(Gebruiker? expert = null, string? reden = "Observatie in de klas.", DateOnly? tot = null) =>
        Betrokkene.VoegToe(NieuweLeerling(), expert ?? NieuweGebruiker(), reden, tot ?? Vandaag.AddMonths(3), Medewerker, Nu, Vandaag);

    [Test]
    public void An_expert_is_added_with_a_trimmed_reason_until_an_end_date_and_sees_the_pupil_until_that_day()
    {
        var expert = NieuweGebruiker();
        var betrokkene = VoegToe(expert, "  Observatie in de klas. ", Vandaag.AddDays(10)).Waarde;

        betrokkene.ExpertId.ShouldBe(expert.Id.Waarde);
        betrokkene.ExpertNaam.ShouldBe("Eva Expert");
        betrokkene.Reden.ShouldBe("Observatie in de klas.");
        betrokkene.ToegevoegdDoor.ShouldBe(Medewerker);
        betrokkene.ToegevoegdOp.ShouldBe(Nu);
        betrokkene.IsActief(Vandaag).ShouldBeTrue();
        betrokkene.IsActief(Vandaag.AddDays(10)).ShouldBeTrue("the end date is the last day of access");
        betrokkene.IsActief(Vandaag.AddDays(11)).ShouldBeFalse("access ends by itself after the end date");
    }

    [Test]
    public void Every_problem_with_the_input_is_reported_at_once()
    {
        var fouten = Betrokkene.VoegToe(NieuweLeerling(), NieuweGebruiker(Rol.SwvMedewerker), " ", null, Medewerker, Nu, Vandaag).Fouten;

        fouten.Select(f => (f.Code, f.Veld)).ShouldBe(
            [("reden-vereist", "reden"), ("einddatum-vereist", "tot"), ("geen-expert", "expertId")], ignoreOrder: true);
        fouten.ShouldAllBe(f => f.Soort == FoutSoort.Ongeldig);
    }

    [TestCase(-1, "einddatum-verleden")]
    [TestCase(Betrokkene.MaximaleDuurDagen + 1, "einddatum-te-ver")]
    public void The_end_date_is_not_in_the_past_and_at_most_a_year_away(int dagen, string code) =>
        VoegToe(tot: Vandaag.AddDays(dagen)).Fouten.ShouldHaveSingleItem().Code.ShouldBe(code);

    [TestCase(0)]
    [TestCase(Betrokkene.MaximaleDuurDagen)]
    public void Today_and_the_maximum_are_valid_end_dates(int dagen) =>
        VoegToe(tot: Vandaag.AddDays(dagen)).IsGelukt.ShouldBeTrue();

    [Test]
    public void The_reason_has_a_maximum_length()
    {
        VoegToe(reden: new string('x', Betrokkene.MaximaleLengteReden)).IsGelukt.ShouldBeTrue();
        VoegToe(reden: new string('x', Betrokkene.MaximaleLengteReden + 1)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("tekst-te-lang");
    }

    [Test]
    public void Only_an_active_expert_of_the_pupils_own_samenwerkingsverband_can_be_added()
    {
        VoegToe(NieuweGebruiker(Rol.SchoolMedewerker)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("geen-expert");
        VoegToe(NieuweGebruiker(swv: "VO2301")).Fouten.ShouldHaveSingleItem().Code.ShouldBe("geen-expert");
        var gedeactiveerd = NieuweGebruiker();
        gedeactiveerd.Deactiveer();
        VoegToe(gedeactiveerd).Fouten.ShouldHaveSingleItem().Code.ShouldBe("expert-gedeactiveerd");
    }

    [Test]
    public void Ending_early_stops_access_at_once_and_records_who_and_when()
    {
        var betrokkene = VoegToe().Waarde;
        var later = Nu.AddHours(2);

        betrokkene.Beeindig(Medewerker, later, Vandaag).IsGelukt.ShouldBeTrue();

        betrokkene.IsActief(Vandaag).ShouldBeFalse();
        (betrokkene.BeeindigdDoor, betrokkene.BeeindigdOp).ShouldBe((Medewerker, later));
    }

    [Test]
    public void Access_that_ended_by_hand_or_by_date_cannot_be_ended_again()
    {
        var beeindigd = VoegToe().Waarde;
        beeindigd.Beeindig(Medewerker, Nu, Vandaag);
        var fout = beeindigd.Beeindig(new Actor("m-2", "Ander"), Nu.AddDays(1), Vandaag.AddDays(1)).Fouten.ShouldHaveSingleItem();
        (fout.Soort, fout.Code).ShouldBe((FoutSoort.Conflict, "betrokkenheid-beeindigd"));
        fout.Melding.ShouldBe("Deze betrokkenheid is al beëindigd op 24 november 2026.");
        beeindigd.BeeindigdDoor.ShouldBe(Medewerker, "the first ending stands");

        var verlopen = VoegToe(tot: Vandaag).Waarde;
        var fout2 = verlopen.Beeindig(Medewerker, Nu.AddDays(1), Vandaag.AddDays(1)).Fouten.ShouldHaveSingleItem();
        (fout2.Soort, fout2.Code).ShouldBe((FoutSoort.Conflict, "betrokkenheid-verlopen"));
        fout2.Melding.ShouldBe("Deze betrokkenheid is al verlopen: de toegang liep tot en met 24 november 2026.");
        verlopen.BeeindigdOp.ShouldBeNull();
    }
}
