using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Domain.UnitTests.Gebruikers;

public class GebruikerTests
{
    private static readonly DateTimeOffset Nu = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_school_medewerker_is_registered_with_their_vestigingen()
    {
        var gebruiker = Gebruiker.Registreer(" IB@School.NL ", "Ilse", Rol.SchoolMedewerker, "PO2705", ["34CD01", "12AB00", "12AB00"], "hash").Waarde;

        gebruiker.Email.Waarde.ShouldBe("ib@school.nl");
        gebruiker.Vestigingen.ShouldBe(["12AB00", "34CD01"]);
        gebruiker.Samenwerkingsverband!.Waarde.ShouldBe("PO2705");
    }

    [Test]
    public void The_platform_roles_belong_to_no_samenwerkingsverband_and_every_other_role_to_one()
    {
        var platform = Gebruiker.Registreer("p@platform.nl", "Pim", Rol.PlatformBeheerder, null, []).Waarde;
        platform.Samenwerkingsverband.ShouldBeNull();
        Gebruiker.Registreer("r@register.nl", "Rik", Rol.RegisterBeheerder, null, []).Waarde.Samenwerkingsverband.ShouldBeNull();

        Gebruiker.Registreer("p@platform.nl", "Pim", Rol.PlatformBeheerder, "PO2705", []).Fouten.ShouldHaveSingleItem().Code.ShouldBe("swv-niet-toegestaan");
        Gebruiker.Registreer("r@register.nl", "Rik", Rol.RegisterBeheerder, "PO2705", []).Fouten.ShouldHaveSingleItem().Code.ShouldBe("swv-niet-toegestaan");
        Gebruiker.Registreer("b@swv.nl", "Bea", Rol.SwvBeheerder, null, []).Fouten.ShouldHaveSingleItem().Code.ShouldBe("ongeldige-swv-code");
    }

    [Test]
    public void Registreer_reports_every_problem_at_once()
    {
        var uitkomst = Gebruiker.Registreer("geen-email", " ", Rol.SchoolMedewerker, "XX123", ["12ab00"], "hash");

        uitkomst.Fouten.Select(f => f.Code).ShouldBe(
            ["ongeldig-emailadres", "ongeldige-swv-code", "ongeldige-naam", "ongeldige-vestigingcode"], ignoreOrder: true);
    }

    [Test]
    public void A_school_medewerker_needs_a_vestiging_and_other_roles_have_none()
    {
        Gebruiker.Registreer("a@b.nl", "A", Rol.SchoolMedewerker, "PO2705", [], "h").Fouten.ShouldHaveSingleItem().Code.ShouldBe("vestiging-vereist");
        Gebruiker.Registreer("a@b.nl", "A", Rol.SwvMedewerker, "PO2705", ["12AB00"], "h").Fouten.ShouldHaveSingleItem().Code.ShouldBe("vestiging-niet-toegestaan");
    }

    [Test]
    public void Five_wrong_passwords_in_a_row_block_the_account_for_fifteen_minutes()
    {
        var gebruiker = Nieuw();

        var uitkomsten = Enumerable.Range(0, 5).Select(_ => gebruiker.RegistreerAanmelding(wachtwoordKlopt: false, Nu)).ToList();

        uitkomsten.ShouldBe([.. Enumerable.Repeat(AanmeldUitkomst.Mislukt, 4), AanmeldUitkomst.Geblokkeerd]);
        gebruiker.RegistreerAanmelding(wachtwoordKlopt: true, Nu.AddMinutes(14)).ShouldBe(AanmeldUitkomst.Geblokkeerd);
        gebruiker.RegistreerAanmelding(wachtwoordKlopt: true, Nu.AddMinutes(15)).ShouldBe(AanmeldUitkomst.Gelukt);
    }

    [Test]
    public void A_correct_password_resets_the_count_of_failed_attempts()
    {
        var gebruiker = Nieuw();
        for (var i = 0; i < 4; i++)
        {
            gebruiker.RegistreerAanmelding(wachtwoordKlopt: false, Nu);
        }

        gebruiker.RegistreerAanmelding(wachtwoordKlopt: true, Nu).ShouldBe(AanmeldUitkomst.Gelukt);

        gebruiker.MisluktePogingen.ShouldBe(0);
        gebruiker.RegistreerAanmelding(wachtwoordKlopt: false, Nu).ShouldBe(AanmeldUitkomst.Mislukt);
    }

    [TestCase("swv-beheerder", Rol.SwvBeheerder)]
    [TestCase("school-medewerker", Rol.SchoolMedewerker)]
    public void Role_codes_round_trip(string code, Rol rol)
    {
        rol.Code().ShouldBe(code);
        RolCodes.VanCode(code).ShouldBe(rol);
    }

    [Test]
    public void An_unknown_role_code_is_no_role() => RolCodes.VanCode("admin").ShouldBeNull();

    private static Gebruiker Nieuw() => Gebruiker.Registreer("a@b.nl", "A", Rol.Expert, "VO2301", [], "hash").Waarde;
}

public class GebruikerActiveringTests
{
    private static readonly DateTimeOffset Nu = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void A_new_account_cannot_sign_in_until_it_is_activated_with_its_code()
    {
        var gebruiker = Gebruiker.Registreer("a@b.nl", "A", Rol.Expert, "PO2705", []).Waarde;
        var code = gebruiker.MaakActivatiecode(Nu);

        gebruiker.KanAanmelden(Nu).ShouldBeFalse();
        gebruiker.RegistreerAanmelding(wachtwoordKlopt: true, Nu).ShouldBe(AanmeldUitkomst.Mislukt);
        gebruiker.Activeer(code, "hash", Nu.AddDays(6)).IsGelukt.ShouldBeTrue();
        gebruiker.KanAanmelden(Nu).ShouldBeTrue();
        gebruiker.ActivatiecodeHash.ShouldBeNull();
    }

    [Test]
    public void An_ouder_activates_by_linking_their_DigiD_with_the_code_and_then_has_no_password_to_sign_in_with()
    {
        var ouder = Gebruiker.Registreer("karin@example.nl", "Karin", Rol.Ouder, "PO2705", []).Waarde;
        var code = ouder.MaakActivatiecode(Nu);
        var digid = new ExterneIdentiteit("https://broker.example/", "pseudoniem-1");

        ouder.KoppelExterneIdentiteit("verkeerd", digid, Nu).Fouten.ShouldHaveSingleItem().Code.ShouldBe("activatiecode-ongeldig");
        ouder.KoppelExterneIdentiteit(code, digid, Nu.AddDays(1)).IsGelukt.ShouldBeTrue();

        ouder.Status.ShouldBe(Accountstatus.Actief);
        ouder.KanAanmelden(Nu.AddDays(1)).ShouldBeTrue();
        ouder.ExterneIdentiteit.ShouldBe(digid);
        ouder.ActivatiecodeHash.ShouldBeNull("the code works once");
        ouder.RegistreerAanmelding(wachtwoordKlopt: true, Nu.AddDays(1)).ShouldBe(AanmeldUitkomst.Mislukt, "there is no password to check");
    }

    [Test]
    public void A_DigiD_link_needs_a_code_in_time_and_an_account_that_is_not_deactivated()
    {
        var ouder = Gebruiker.Registreer("peter@example.nl", "Peter", Rol.Ouder, "PO2705", []).Waarde;
        var code = ouder.MaakActivatiecode(Nu);
        var digid = new ExterneIdentiteit("https://broker.example/", "pseudoniem-2");

        ouder.KoppelExterneIdentiteit(code, digid, Nu.AddDays(7)).IsGelukt.ShouldBeFalse();
        var nieuw = ouder.MaakActivatiecode(Nu);
        ouder.Deactiveer();
        ouder.KoppelExterneIdentiteit(nieuw, digid, Nu).IsGelukt.ShouldBeFalse();
        ouder.ExterneIdentiteit.ShouldBeNull();
        ouder.KanAanmelden(Nu).ShouldBeFalse();
    }

    [Test]
    public void An_activation_code_works_once_only_and_not_after_seven_days()
    {
        var gebruiker = Gebruiker.Registreer("a@b.nl", "A", Rol.Expert, "PO2705", []).Waarde;
        var verlopen = gebruiker.MaakActivatiecode(Nu);

        gebruiker.Activeer(verlopen, "hash", Nu.AddDays(7)).Fouten.ShouldHaveSingleItem().Code.ShouldBe("activatiecode-ongeldig");
        var code = gebruiker.MaakActivatiecode(Nu);
        gebruiker.Activeer("verkeerd", "hash", Nu).IsGelukt.ShouldBeFalse();
        gebruiker.Activeer(code, "hash", Nu).IsGelukt.ShouldBeTrue();
        gebruiker.Activeer(code, "ander", Nu).IsGelukt.ShouldBeFalse();
        gebruiker.WachtwoordHash.ShouldBe("hash");
    }

    [Test]
    public void A_forgotten_password_is_replaced_with_a_new_code_while_the_old_password_works_until_it_is_used()
    {
        var gebruiker = Gebruiker.Registreer("a@b.nl", "A", Rol.Expert, "PO2705", []).Waarde;
        gebruiker.Activeer(gebruiker.MaakActivatiecode(Nu), "oud", Nu).IsGelukt.ShouldBeTrue();

        var code = gebruiker.VernieuwActivatiecode(Nu.AddDays(30)).Waarde;

        gebruiker.Status.ShouldBe(Accountstatus.Actief);
        gebruiker.WachtwoordHash.ShouldBe("oud");
        gebruiker.KanAanmelden(Nu.AddDays(30)).ShouldBeTrue();
        gebruiker.Activeer(code, "nieuw", Nu.AddDays(31)).IsGelukt.ShouldBeTrue();
        gebruiker.WachtwoordHash.ShouldBe("nieuw");
        gebruiker.Activeer(code, "nog-eens", Nu.AddDays(31)).IsGelukt.ShouldBeFalse();
        gebruiker.WachtwoordHash.ShouldBe("nieuw");
    }

    [Test]
    public void A_renewed_code_replaces_the_lost_one_but_a_deactivated_account_gets_none()
    {
        var gebruiker = Gebruiker.Registreer("a@b.nl", "A", Rol.Expert, "PO2705", []).Waarde;
        var kwijt = gebruiker.MaakActivatiecode(Nu);

        var nieuw = gebruiker.VernieuwActivatiecode(Nu.AddDays(10)).Waarde;

        gebruiker.ActivatieGeldigTot.ShouldBe(Nu.AddDays(17));
        gebruiker.Activeer(kwijt, "hash", Nu.AddDays(10)).IsGelukt.ShouldBeFalse();
        gebruiker.Activeer(nieuw, "hash", Nu.AddDays(10)).IsGelukt.ShouldBeTrue();
        gebruiker.ActivatiecodeHash.ShouldBeNull();

        var vertrokken = Gebruiker.Registreer("c@d.nl", "C", Rol.Expert, "PO2705", []).Waarde;
        vertrokken.Deactiveer();
        vertrokken.VernieuwActivatiecode(Nu).Soort.ShouldBe(FoutSoort.Conflict);
        vertrokken.ActivatiecodeHash.ShouldBeNull();
    }

    [Test]
    public void A_deactivated_account_cannot_sign_in_nor_be_activated()
    {
        var gebruiker = Gebruiker.Registreer("a@b.nl", "A", Rol.Expert, "PO2705", [], "hash").Waarde;
        var code = gebruiker.MaakActivatiecode(Nu);

        gebruiker.Deactiveer();

        gebruiker.KanAanmelden(Nu).ShouldBeFalse();
        gebruiker.RegistreerAanmelding(wachtwoordKlopt: true, Nu).ShouldBe(AanmeldUitkomst.Mislukt);
        gebruiker.Activeer(code, "nieuw", Nu).IsGelukt.ShouldBeFalse();
    }

    [Test]
    public void Only_a_medewerker_of_the_samenwerkingsverband_holds_functies_each_once_in_a_fixed_order()
    {
        var medewerker = Gebruiker.Registreer("pim@swv.nl", "Pim", Rol.SwvMedewerker, "PO2705", []).Waarde;
        medewerker.ZetFuncties([Functie.ManagerOndersteuning, Functie.RegionaalProcesbegeleider, Functie.ManagerOndersteuning]).IsGelukt.ShouldBeTrue();
        medewerker.Functies.ShouldBe([Functie.RegionaalProcesbegeleider, Functie.ManagerOndersteuning]);
        medewerker.HeeftFunctie(Functie.Beleidsmedewerker).ShouldBeFalse();
        medewerker.ZetFuncties([]).IsGelukt.ShouldBeTrue();
        medewerker.Functies.ShouldBeEmpty();

        foreach (var rol in Enum.GetValues<Rol>().Where(r => r != Rol.SwvMedewerker))
        {
            var ander = Gebruiker.Registreer($"{rol.Code()}@swv.nl", "Ander", rol, rol.HoortBijGeenSamenwerkingsverband() ? null : "PO2705",
                rol == Rol.SchoolMedewerker ? ["12AB00"] : []).Waarde;
            ander.ZetFuncties([Functie.Beleidsmedewerker]).Fouten.ShouldHaveSingleItem().Code.ShouldBe("functie-alleen-swv-medewerker");
            ander.ZetFuncties([]).IsGelukt.ShouldBeTrue("taking nothing away is always fine");
        }
    }
}
