using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Ouders;
using PassendOnderwijs.Domain.UnitTests.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Ouders;

public class ToestemmingTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 24);
    private static readonly DateTimeOffset Nu = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Karin = new("ouder-1", "Karin de Vries");
    private static readonly Ontvanger Bas = new(Guid.NewGuid(), "202B001", "Bas Bakker", "Klankkast Ambulante Dienst");

    private static Leerling NieuweLeerling() =>
        Leerling.Registreer(OrganisatieMaker.NieuweSchool(), "Sanne", "de Vries", new DateOnly(2017, 5, 1), "5", Vandaag).Waarde;

    [Test]
    public void An_ouder_gives_consent_for_one_recipient_and_says_so_in_an_event()
    {
        var leerling = NieuweLeerling();

        var toestemming = Toestemming.Geef(leerling, Bas, " Begeleiding in de klas. ", Vandaag.AddDays(30), Guid.NewGuid(), "Karin de Vries", Karin, Nu, Vandaag).Waarde;

        (toestemming.Doel, toestemming.Wijze, toestemming.Ontvanger, toestemming.IsActief(Vandaag), toestemming.IsActief(Vandaag.AddDays(31)))
            .ShouldBe(("Begeleiding in de klas.", Toestemmingswijze.Ouderportaal, Bas, true, false));
        toestemming.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<ToestemmingGegeven>().LeerlingId.ShouldBe(leerling.Id);
    }

    [Test]
    public void Every_problem_is_named_at_once()
    {
        var fouten = Toestemming.LegVastOpPapier(NieuweLeerling(), new(null, null, "?", null), " ", Vandaag.AddDays(-1), null, Karin, Nu, Vandaag).Fouten;

        fouten.Select(f => f.Code).ShouldBe(["doel-vereist", "einddatum-verleden", "ouder-vereist"], ignoreOrder: true);
    }

    [Test]
    public void Withdrawing_holds_at_once_stays_on_record_and_happens_once()
    {
        var toestemming = Toestemming.Geef(NieuweLeerling(), Bas, "Begeleiding.", null, Guid.NewGuid(), "Karin de Vries", Karin, Nu, Vandaag).Waarde;
        toestemming.ClearDomainEvents();

        toestemming.TrekIn(Karin, Nu.AddHours(1)).IsGelukt.ShouldBeTrue();

        (toestemming.IsActief(Vandaag), toestemming.IngetrokkenOp, toestemming.IngetrokkenDoor).ShouldBe((false, Nu.AddHours(1), Karin));
        toestemming.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<ToestemmingIngetrokken>();
        toestemming.TrekIn(Karin, Nu.AddHours(2)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("toestemming-al-ingetrokken");
    }

    [Test]
    public void Only_an_expert_account_can_be_of_an_external_organisation()
    {
        var expert = Gebruiker.Registreer("bas@voorbeeld.nl", "Bas", Rol.Expert, "PO2705", []).Waarde;
        var medewerker = Gebruiker.Registreer("mo@voorbeeld.nl", "Mo", Rol.SwvMedewerker, "PO2705", []).Waarde;

        expert.ZetExterneOrganisatie("Klankkast", "202B001").IsGelukt.ShouldBeTrue();
        (expert.IsExtern, expert.ExterneAanbiederCode).ShouldBe((true, "202B001"));
        medewerker.ZetExterneOrganisatie("Extern BV", null).Fouten.ShouldHaveSingleItem().Code.ShouldBe("extern-alleen-expert");
        expert.ZetExterneOrganisatie(null, null).IsGelukt.ShouldBeTrue();
        expert.IsExtern.ShouldBeFalse();
    }
}
