using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.UnitTests.Organisaties;

namespace PassendOnderwijs.Domain.UnitTests.Deskundigen;

public class DeskundigeTests
{
    private static readonly Samenwerkingsverband Swv = OrganisatieMaker.NieuwSwv();

    private static Deskundigegegevens Gegevens(
        string? naam = "Ilse de Linde",
        Discipline discipline = Discipline.Orthopedagoog,
        Beroepsregister? register = Beroepsregister.Nvo,
        string? nummer = "123456",
        string? werkgever = "Praktijk De Linde",
        Schoolbestuur? bestuur = null,
        School? school = null,
        Gebruiker? account = null) =>
        new(naam, discipline, register, nummer, werkgever, bestuur, school, account);

    private static Gebruiker Account(Rol rol = Rol.Deskundige, string swv = "PO2705") =>
        Gebruiker.Registreer($"{rol.Code()}@example.nl", "Ilse de Linde", rol, swv, []).Waarde;

    [Test]
    public void Registreer_keeps_what_was_given_trimmed_and_active()
    {
        var account = Account();
        var deskundige = Deskundige.Registreer(Swv.Code, Gegevens(naam: " Ilse de Linde ", nummer: " 123456 ", account: account)).Waarde;

        deskundige.Id.Version.ShouldBe(7);
        deskundige.Samenwerkingsverband.ShouldBe(Swv.Code);
        (deskundige.Naam, deskundige.Discipline, deskundige.Beroepsregister, deskundige.Registratienummer, deskundige.Werkgever)
            .ShouldBe(("Ilse de Linde", Discipline.Orthopedagoog, Beroepsregister.Nvo, "123456", "Praktijk De Linde"));
        deskundige.AccountId.ShouldBe(account.Id.Waarde);
        deskundige.Actief.ShouldBeTrue();
    }

    [Test]
    public void Registreer_reports_every_problem_at_once()
    {
        var uitkomst = Deskundige.Registreer(Swv.Code, Gegevens(naam: " ", register: null, nummer: "123", werkgever: null, account: Account(Rol.Expert)));

        uitkomst.IsGelukt.ShouldBeFalse();
        uitkomst.Fouten.Select(f => f.Code).ShouldBe(["naam-vereist", "werkgever-vereist", "beroepsregister-vereist", "account-geen-deskundige"], ignoreOrder: true);
    }

    [TestCase(Beroepsregister.Big, "19012345601", true)]
    [TestCase(Beroepsregister.Big, "1901234560", false)]
    [TestCase(Beroepsregister.Big, "1901234560a", false)]
    [TestCase(Beroepsregister.Nip, "123", true)]
    [TestCase(Beroepsregister.Skj, "1100012345", true)]
    [TestCase(Beroepsregister.Nvo, "12", false)]
    [TestCase(Beroepsregister.Nvo, "12345678901", false)]
    [TestCase(Beroepsregister.Nip, "NIP-123", false)]
    public void The_registration_number_has_the_form_of_its_register(Beroepsregister register, string nummer, bool geldig)
    {
        var uitkomst = Registratie.Lees(register, nummer);

        uitkomst.IsGelukt.ShouldBe(geldig);
        if (!geldig)
        {
            uitkomst.Fouten.Single().Code.ShouldBe("ongeldig-registratienummer");
        }
    }

    [Test]
    public void A_register_and_its_number_come_both_or_neither()
    {
        Registratie.Lees(null, null).Waarde.ShouldBeNull();
        Registratie.Lees(null, "  ").Waarde.ShouldBeNull();
        Registratie.Lees(Beroepsregister.Nip, null).Fouten.Single().Code.ShouldBe("registratienummer-vereist");
        Registratie.Lees(null, "123456").Fouten.Single().Code.ShouldBe("beroepsregister-vereist");
    }

    [Test]
    public void Links_must_belong_to_the_samenwerkingsverband()
    {
        var ander = OrganisatieMaker.NieuwSwv("PO2706");
        var vreemdBestuur = Schoolbestuur.Registreer(ander.Code, "41999", "Stichting Elders").Waarde;
        var vreemdeSchool = School.Registreer(ander, vreemdBestuur, VestigingCode.Parse("99ZZ00").Waarde, "Elders", SoortSchool.Bao, null, null, alGeregistreerdIn: []).Waarde;

        var uitkomst = Deskundige.Registreer(Swv.Code, Gegevens(bestuur: vreemdBestuur, school: vreemdeSchool, account: Account(swv: "PO2706")));

        uitkomst.Fouten.Select(f => (f.Code, f.Veld)).ShouldBe(
            [("onbekend-schoolbestuur", "schoolbestuurId"), ("onbekende-vestiging", "vestiging"), ("onbekend-account", "accountId")], ignoreOrder: true);
    }

    [Test]
    public void A_linked_school_must_be_of_the_linked_bestuur()
    {
        var bestuur = OrganisatieMaker.NieuwBestuur(Swv);
        var ander = Schoolbestuur.Registreer(Swv.Code, "41235", "Stichting Ander").Waarde;
        var school = School.Registreer(Swv, ander, OrganisatieMaker.Regenboog, "De Regenboog", SoortSchool.Bao, null, null, alGeregistreerdIn: []).Waarde;

        Deskundige.Registreer(Swv.Code, Gegevens(bestuur: bestuur, school: school)).Fouten.Single().Code.ShouldBe("vestiging-van-ander-bestuur");
        Deskundige.Registreer(Swv.Code, Gegevens(bestuur: ander, school: school)).IsGelukt.ShouldBeTrue();
    }

    [Test]
    public void A_refused_change_changes_nothing_and_a_good_one_replaces_everything()
    {
        var bestuur = OrganisatieMaker.NieuwBestuur(Swv);
        var deskundige = Deskundige.Registreer(Swv.Code, Gegevens(bestuur: bestuur)).Waarde;

        deskundige.Wijzig(Gegevens(naam: "", werkgever: "")).Fouten.Count.ShouldBe(2);
        (deskundige.Naam, deskundige.SchoolbestuurId).ShouldBe(("Ilse de Linde", (Guid?)bestuur.Id));

        deskundige.Wijzig(Gegevens(naam: "Ilse Linde", discipline: Discipline.Pedagoog, register: null, nummer: null, werkgever: "zelfstandig")).IsGelukt.ShouldBeTrue();
        (deskundige.Naam, deskundige.Discipline, deskundige.Beroepsregister, deskundige.Registratienummer, deskundige.Werkgever, deskundige.SchoolbestuurId)
            .ShouldBe(("Ilse Linde", Discipline.Pedagoog, (Beroepsregister?)null, (string?)null, "zelfstandig", (Guid?)null));
    }

    [Test]
    public void Deactivating_keeps_the_deskundige_and_it_can_be_reactivated()
    {
        var deskundige = Deskundige.Registreer(Swv.Code, Gegevens()).Waarde;

        deskundige.Deactiveer();
        deskundige.Actief.ShouldBeFalse();
        deskundige.Heractiveer();
        deskundige.Actief.ShouldBeTrue();
    }
}
