using System.Net;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;

namespace PassendOnderwijs.Api.FunctionalTests.Ouders;

/// <summary>
/// Issue 19, accounts for ouders: the school invites them with a one-time code, their account is linked to their own
/// children, and an ouder sees those children in the portal and nothing else: tested with two families at one school.
/// </summary>
public class OuderTests : ArrangementTest
{
    private const string Kinderen = "/api/v1/ouderportaal/kinderen";

    private static string Ouders(Guid leerling) => $"/api/v1/leerlingen/{leerling}/ouders";

    [Test]
    public async Task Two_families_at_one_school_each_see_their_own_child_and_nothing_else()
    {
        var bram = await RegistreerLeerlingAsync("Bram", EigenVestiging, IbEigen);
        var (ouderSanne, tokenSanne) = await NodigUitEnActiveerAsync(LeerlingId, "moeder.sanne@voorbeeld.nl", "Eva de Vries");
        var (_, tokenBram) = await NodigUitEnActiveerAsync(bram, "vader.bram@voorbeeld.nl", "Tom Jansen");

        (await KinderenAsync(tokenSanne)).ShouldBe([("Sanne", "De Regenboog")]);
        (await KinderenAsync(tokenBram)).ShouldBe([("Bram", "De Regenboog")]);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Kinderen}/{LeerlingId}", token: tokenSanne)).GetProperty("groep").GetString().ShouldBe("5");
        using (var ander = await Stuur(HttpMethod.Get, $"{Kinderen}/{bram}", token: tokenSanne))
        {
            (await ProbleemAsync(ander, 404)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:leerling-onbekend");
        }

        // The staff API is closed to an ouder, for their own child as much as for another: the portal is their way in.
        foreach (var pad in new[] { $"/api/v1/leerlingen/{bram}", $"/api/v1/leerlingen/{LeerlingId}", "/api/v1/leerlingen", Ouders(bram), "/api/v1/arrangementen", "/api/v1/meldingen", "/api/v1/termijnen?arrangementId=" + Guid.Empty })
        {
            using var antwoord = await Stuur(HttpMethod.Get, pad, token: tokenSanne);
            antwoord.StatusCode.ShouldBeOneOf([HttpStatusCode.Forbidden, HttpStatusCode.NotFound], pad);
        }

        // A brother or sister: the same ouder is linked to the account they have, without a new code.
        using (var broer = await Stuur(HttpMethod.Post, Ouders(bram), new { email = "Moeder.Sanne@voorbeeld.nl", naam = "Eva" }, IbEigen))
        {
            broer.StatusCode.ShouldBe(HttpStatusCode.Created, await broer.Content.ReadAsStringAsync());
            var uitnodiging = await JsonAsync(broer);
            uitnodiging.TryGetProperty("activatiecode", out _).ShouldBeFalse();
            uitnodiging.GetProperty("ouder").GetProperty("naam").GetString().ShouldBe("Eva de Vries");
        }

        (await KinderenAsync(tokenSanne)).Select(k => k.Voornaam).ShouldBe(["Bram", "Sanne"], ignoreOrder: true);
        var ouders = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Ouders(bram), token: IbEigen)).GetProperty("ouders").EnumerateArray()
            .Select(o => (o.GetProperty("naam").GetString(), o.GetProperty("status").GetString())).ToList();
        ouders.ShouldBe([("Tom Jansen", "actief"), ("Eva de Vries", "actief")], ignoreOrder: true);

        // The school ends the link: from now on that child is gone from the ouder's portal; the other stays.
        using (var ontkoppeld = await Stuur(HttpMethod.Delete, $"{Ouders(bram)}/{ouderSanne}", token: IbEigen))
        {
            ontkoppeld.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        (await KinderenAsync(tokenSanne)).ShouldBe([("Sanne", "De Regenboog")]);
        using (var weg = await Stuur(HttpMethod.Get, $"{Ouders(bram)}/{ouderSanne}", token: IbEigen))
        {
            (await ProbleemAsync(weg, 404)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:ouder-onbekend");
        }

        // Every look by an ouder is in their child's log, under their own name, with its purpose.
        var audit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}")).GetProperty("auditRegels").EnumerateArray()
            .Select(r => (r.GetProperty("actie").GetString(), r.GetProperty("resourceSoort").GetString(), r.GetProperty("actorNaam").GetString())).ToList();
        audit.ShouldContain(("lezen", "leerling", "Eva de Vries"));
        audit.ShouldContain(("aanmaken", "ouder", "Test SchoolMedewerker"));
        var vanBram = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={bram}")).GetProperty("auditRegels").EnumerateArray()
            .Select(r => (r.GetProperty("actie").GetString(), r.GetProperty("resourceSoort").GetString(), r.GetProperty("actorNaam").GetString())).ToList();
        vanBram.ShouldContain(("wijzigen", "ouder", "Test SchoolMedewerker"));
    }

    [Test]
    public async Task Only_the_pupils_own_school_invites_and_an_address_of_another_account_or_a_second_link_is_refused()
    {
        using (var andereSchool = await Stuur(HttpMethod.Post, Ouders(LeerlingId), new { email = "ouder@voorbeeld.nl", naam = "Ouder" }, IbAnder))
        {
            await ProbleemAsync(andereSchool, 404);
        }

        using (var swv = await Stuur(HttpMethod.Post, Ouders(LeerlingId), new { email = "ouder@voorbeeld.nl", naam = "Ouder" }, Medewerker))
        {
            swv.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        using (var personeel = await Stuur(HttpMethod.Post, Ouders(LeerlingId), new { email = "ib@brug.nl", naam = "Ouder" }, IbEigen))
        {
            (await ProbleemAsync(personeel, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:geen-ouderaccount");
        }

        using (var ongeldig = await Stuur(HttpMethod.Post, Ouders(LeerlingId), new { email = "geen-adres", naam = " " }, IbEigen))
        {
            var fouten = (await ProbleemAsync(ongeldig, 400)).GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("pointer").GetString()).ToList();
            fouten.ShouldBe(["#/email", "#/naam"], ignoreOrder: true);
        }

        var uitnodiging = await Verwacht(HttpStatusCode.Created, HttpMethod.Post, Ouders(LeerlingId), new { email = "ouder@voorbeeld.nl", naam = "Ouder" }, IbEigen);
        uitnodiging.GetProperty("ouder").GetProperty("status").GetString().ShouldBe("wacht-op-activering");
        using (var tweede = await Stuur(HttpMethod.Post, Ouders(LeerlingId), new { email = "ouder@voorbeeld.nl", naam = "Ouder" }, IbEigen))
        {
            (await ProbleemAsync(tweede, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:ouder-al-gekoppeld");
        }

        // A lost code: a new one while the account waits; the old one stops working.
        var ouder = uitnodiging.GetProperty("ouder").GetProperty("id").GetGuid();
        var nieuw = await Verwacht(HttpStatusCode.OK, HttpMethod.Post, $"{Ouders(LeerlingId)}/{ouder}/activatiecode", token: IbEigen);
        using var browser = TestOmgeving.Fabriek.CreateClient(new() { AllowAutoRedirect = false });
        (await Aanmelding.ActiveerAsync(browser, uitnodiging.GetProperty("activatiecode").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Aanmelding.ActiveerAsync(browser, nieuw.GetProperty("activatiecode").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Once the ouder uses the account, the school can no longer set its password through a code.
        using (var inGebruik = await Stuur(HttpMethod.Post, $"{Ouders(LeerlingId)}/{ouder}/activatiecode", token: IbEigen))
        {
            (await ProbleemAsync(inGebruik, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:ouder-al-actief");
        }

        // A beheerder does not make ouder accounts: they are only worth something linked by the child's school.
        using var beheerder = await Stuur(HttpMethod.Post, "/api/v1/gebruikers", new { email = "los@voorbeeld.nl", naam = "Los", rol = "ouder" });
        (await ProbleemAsync(beheerder, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("ouder-via-school");
    }

    [Test]
    public async Task An_ouder_sees_who_used_their_childs_data_by_role_and_organisation_and_that_look_is_logged_too()
    {
        var bram = await RegistreerLeerlingAsync("Bram", EigenVestiging, IbEigen);
        var (_, ouder) = await NodigUitEnActiveerAsync(LeerlingId, "ouder.inzage@voorbeeld.nl", "Olga Ouder");
        var (_, anderGezin) = await NodigUitEnActiveerAsync(bram, "ander.gezin@voorbeeld.nl", "Ander Gezin");
        await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: IbEigen);
        await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: Medewerker);
        await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Kinderen}/{LeerlingId}", token: ouder);

        using var antwoord = await Stuur(HttpMethod.Get, $"{Kinderen}/{LeerlingId}/inzagen", token: ouder);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tekst = await antwoord.Content.ReadAsStringAsync();
        var inzagen = (await JsonAsync(antwoord)).GetProperty("inzagen").EnumerateArray()
            .Select(i => (i.GetProperty("actie").GetString(), i.GetProperty("gegevens").GetString(), i.GetProperty("wie").GetString(),
                i.TryGetProperty("organisatie", out var o) ? o.GetString() : null))
            .ToList();
        inzagen.ShouldContain(("lezen", "De gegevens van uw kind", "Intern begeleider of zorgcoördinator van de school", "De Regenboog"));
        inzagen.ShouldContain(("lezen", "De gegevens van uw kind", "Medewerker van het samenwerkingsverband", "SWV Test"));
        inzagen.ShouldContain(("lezen", "De gegevens van uw kind", "U zelf", null));
        inzagen.ShouldContain(("aanmaken", "De ouders en verzorgers", "Intern begeleider of zorgcoördinator van de school", "De Regenboog"));
        tekst.ShouldNotContain("Test SchoolMedewerker");
        tekst.ShouldNotContain("Test SwvMedewerker");

        // Looking at the log is itself in it (the test clock stands still, so look in the whole page, not at the top),
        // a page of one has a next, and another family's child has no log for this ouder.
        var daarna = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Kinderen}/{LeerlingId}/inzagen?pageSize=100", token: ouder);
        daarna.GetProperty("inzagen").EnumerateArray().Select(i => (i.GetProperty("gegevens").GetString(), i.GetProperty("wie").GetString()))
            .ShouldContain(("Wie de gegevens van uw kind bekeek", "U zelf"));
        var eenPerPagina = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Kinderen}/{LeerlingId}/inzagen?pageSize=1", token: ouder);
        eenPerPagina.GetProperty("inzagen").GetArrayLength().ShouldBe(1);
        eenPerPagina.GetProperty("volgendeCursor").GetString().ShouldNotBeNullOrEmpty();
        using var ander = await Stuur(HttpMethod.Get, $"{Kinderen}/{LeerlingId}/inzagen", token: anderGezin);
        await ProbleemAsync(ander, 404);
    }

    private async Task<(Guid Ouder, string Token)> NodigUitEnActiveerAsync(Guid leerling, string email, string naam)
    {
        using var uitgenodigd = await Stuur(HttpMethod.Post, Ouders(leerling), new { email, naam }, IbEigen);
        uitgenodigd.StatusCode.ShouldBe(HttpStatusCode.Created, await uitgenodigd.Content.ReadAsStringAsync());
        var uitnodiging = await JsonAsync(uitgenodigd);
        var ouder = uitnodiging.GetProperty("ouder").GetProperty("id").GetGuid();
        uitgenodigd.Headers.Location!.OriginalString.ShouldBe($"{Ouders(leerling)}/{ouder}");

        using var browser = TestOmgeving.Fabriek.CreateClient(new() { AllowAutoRedirect = false });
        (await Aanmelding.ActiveerAsync(browser, uitnodiging.GetProperty("activatiecode").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (ouder, await Aanmelding.AccessTokenAsync(email));
    }

    private async Task<List<(string Voornaam, string School)>> KinderenAsync(string token) =>
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Kinderen, token: token)).GetProperty("kinderen").EnumerateArray()
            .Select(k => (k.GetProperty("voornaam").GetString()!, k.GetProperty("school").GetString()!)).ToList();
}
