using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Ouders;
using PassendOnderwijs.Domain.UnitTests.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Ouders;

public class VertegenwoordigingTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 24);
    private static readonly DateTimeOffset Nu = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Ib = new("ib-1", "Ilse IB'er");

    private static Leerling NieuweLeerling() =>
        Leerling.Registreer(OrganisatieMaker.NieuweSchool(), "Sam", "Jansen", new DateOnly(2017, 5, 1), "5", Vandaag).Waarde;

    private static Gebruiker NieuweGebruiker(Rol rol = Rol.Ouder, string swv = "PO2705") =>
        Gebruiker.Registreer($"{rol}@voorbeeld.nl", "Eva Jansen", rol, swv, rol == Rol.SchoolMedewerker ? ["12AB00"] : []).Waarde;

    [Test]
    public void A_school_links_an_ouder_to_a_pupil_and_says_so_in_an_event()
    {
        var leerling = NieuweLeerling();
        var ouder = NieuweGebruiker();

        var link = Vertegenwoordiging.LegVast(leerling, ouder, Ib, Nu).Waarde;

        (link.LeerlingId, link.OuderId, link.OuderNaam, link.VastgelegdDoor, link.VastgelegdOp, link.IsActief)
            .ShouldBe((leerling.Id, ouder.Id.Waarde, "Eva Jansen", Ib, Nu, true));
        link.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<OuderGekoppeld>().LeerlingId.ShouldBe(leerling.Id);
    }

    [Test]
    public void Only_an_active_ouder_account_of_the_pupils_own_samenwerkingsverband_is_linked()
    {
        var leerling = NieuweLeerling();
        Vertegenwoordiging.LegVast(leerling, NieuweGebruiker(Rol.SchoolMedewerker), Ib, Nu).Fouten.ShouldHaveSingleItem().Code.ShouldBe("geen-ouderaccount");
        Vertegenwoordiging.LegVast(leerling, NieuweGebruiker(swv: "VO2601"), Ib, Nu).Fouten.ShouldHaveSingleItem().Code.ShouldBe("geen-ouderaccount");

        var gesloten = NieuweGebruiker();
        gesloten.Deactiveer();
        Vertegenwoordiging.LegVast(leerling, gesloten, Ib, Nu).Fouten.ShouldHaveSingleItem().Code.ShouldBe("ouderaccount-gedeactiveerd");
    }

    [Test]
    public void An_ended_link_stays_on_record_and_cannot_end_twice()
    {
        var link = Vertegenwoordiging.LegVast(NieuweLeerling(), NieuweGebruiker(), Ib, Nu).Waarde;
        link.ClearDomainEvents();

        link.Beeindig(Ib, Nu.AddDays(1)).IsGelukt.ShouldBeTrue();
        (link.IsActief, link.BeeindigdDoor, link.BeeindigdOp).ShouldBe((false, Ib, Nu.AddDays(1)));
        link.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<OuderOntkoppeld>();

        link.Beeindig(Ib, Nu.AddDays(2)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("ouder-al-ontkoppeld");
    }

    [Test]
    public void An_ouder_has_no_vestigingen()
    {
        Gebruiker.Registreer("ouder@voorbeeld.nl", "Eva", Rol.Ouder, "PO2705", ["12AB00"]).Fouten.ShouldHaveSingleItem().Code.ShouldBe("vestiging-niet-toegestaan");
    }
}
