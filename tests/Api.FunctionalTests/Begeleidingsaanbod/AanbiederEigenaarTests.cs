using System.Net;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Begeleidingsaanbod;

/// <summary>
/// Who owns a register entry (issue 11, finding 3): an aanbieder is changed by the beheerder of the samenwerkingsverband
/// that registered it or by a register-beheerder; every other reader only reads it. The setup's beheerder is of PO2705.
/// </summary>
public class AanbiederEigenaarTests : AanbiederTest
{
    private const string NietEigenaar = "urn:passendonderwijs:probleem:niet-eigenaar";

    [Test]
    public async Task The_beheerder_of_another_swv_cannot_delete_an_aanbieder_and_it_stays()
    {
        var etag = await RegistreerAsync("123A456");
        var anderSwv = await AndereBeheerderAsync();

        using var response = await Wijzig(HttpMethod.Delete, $"{Pad}/123A456", etag, token: anderSwv);

        var probleem = await ProbleemAsync(response, 403);
        probleem.GetProperty("type").GetString().ShouldBe(NietEigenaar);
        probleem.GetProperty("detail").GetString()!.ShouldContain("PO2705");
        var (aanbieder, etagNa) = await HaalOpAsync("123A456");
        etagNa.ShouldBe(etag);
        aanbieder.GetProperty("code").GetString().ShouldBe("123A456");
    }

    [Test]
    public async Task No_change_by_the_beheerder_of_another_swv_goes_through_and_nothing_changes()
    {
        var etag = await RegistreerAsync("123A456", 1, AanbiederVoorbeeld.Aanbod());
        var (aanbieder, _) = await HaalOpAsync("123A456");
        var aanbodId = aanbieder.GetProperty("aanbod")[0].GetProperty("id").GetGuid();
        var anderSwv = await AndereBeheerderAsync();

        (HttpMethod Methode, string Pad, object? Inhoud)[] wijzigingen =
        [
            (HttpMethod.Put, $"{Pad}/123A456/communicatiecontexten", new { communicatiecontexten = new[] { new { context = "ALGEMEEN", email = "kaping@ander.nl" } } }),
            (HttpMethod.Post, $"{Pad}/123A456/aanbod", AanbiederVoorbeeld.Aanbod("VISUEEL_MEERVOUDIG_BEPERKT")),
            (HttpMethod.Post, $"{Pad}/123A456/aanbod/{aanbodId}/beeindiging", new { laatsteDag = "2026-12-31" }),
            (HttpMethod.Post, $"{Pad}/123A456/uitbedrijfname", new { laatsteDag = "2026-12-31" }),
            (HttpMethod.Delete, $"{Pad}/123A456", null),
        ];
        foreach (var (methode, pad, inhoud) in wijzigingen)
        {
            // With the right version, and without any: ownership is decided before the version is asked for.
            foreach (var ifMatch in new[] { etag, null })
            {
                using var response = await Wijzig(methode, pad, ifMatch, inhoud, anderSwv);
                (await ProbleemAsync(response, 403)).GetProperty("type").GetString().ShouldBe(NietEigenaar, $"{methode} {pad} If-Match {ifMatch}");
            }
        }

        (await HaalOpAsync("123A456")).Etag.ShouldBe(etag);
    }

    [Test]
    public async Task Contacts_are_judged_only_once_the_change_is_allowed_and_based_on_the_current_version()
    {
        var etag = await RegistreerAsync("123A456");
        var anderSwv = await AndereBeheerderAsync();
        var ongeldig = new { communicatiecontexten = new[] { new { context = "algemeen", email = "geen-adres" } } };

        using var doorAnder = await Wijzig(HttpMethod.Put, $"{Pad}/123A456/communicatiecontexten", etag, ongeldig, anderSwv);
        (await ProbleemAsync(doorAnder, 403)).GetProperty("type").GetString().ShouldBe(NietEigenaar);
        using var zonderVersie = await Wijzig(HttpMethod.Put, $"{Pad}/123A456/communicatiecontexten", null, ongeldig);
        await ProbleemAsync(zonderVersie, 428);
        using var doorEigenaar = await Wijzig(HttpMethod.Put, $"{Pad}/123A456/communicatiecontexten", etag, ongeldig);
        (await ProbleemAsync(doorEigenaar, 400)).GetProperty("errors").GetArrayLength().ShouldBe(2);
        (await HaalOpAsync("123A456")).Etag.ShouldBe(etag);
    }

    [Test]
    public async Task The_aanbieder_shows_its_owner_and_whether_the_caller_may_change_it()
    {
        await RegistreerAsync("123A456");
        await Aanmelding.RegistreerAsync("medewerker@swv.nl", Rol.SwvMedewerker);
        var medewerker = await Aanmelding.AccessTokenAsync("medewerker@swv.nl");
        var anderSwv = await AndereBeheerderAsync();
        var register = await RegisterBeheerderAsync();

        var eigen = await LeesAsync("123A456", Beheerder);
        eigen.GetProperty("eigenaar").GetString().ShouldBe("PO2705");
        eigen.GetProperty("magWijzigen").GetBoolean().ShouldBeTrue();
        (await LeesAsync("123A456", anderSwv)).GetProperty("magWijzigen").GetBoolean().ShouldBeFalse();
        (await LeesAsync("123A456", medewerker)).GetProperty("magWijzigen").GetBoolean().ShouldBeFalse();
        (await LeesAsync("123A456", register)).GetProperty("magWijzigen").GetBoolean().ShouldBeTrue();

        // The list says the same per aanbieder, so a screen decides from what it already has.
        using var lijst = await Stuur(HttpMethod.Get, Pad, token: anderSwv);
        var inLijst = (await JsonAsync(lijst)).GetProperty("onderwijsbegeleidingsaanbieders")[0];
        inLijst.GetProperty("eigenaar").GetString().ShouldBe("PO2705");
        inLijst.GetProperty("magWijzigen").GetBoolean().ShouldBeFalse();
    }

    [Test]
    public async Task A_register_beheerder_changes_any_entry_and_registers_national_ones_that_no_swv_beheerder_changes()
    {
        var register = await RegisterBeheerderAsync();
        var vanPo2705 = await RegistreerAsync("123A456");

        using (var contact = await Wijzig(HttpMethod.Put, $"{Pad}/123A456/communicatiecontexten", vanPo2705,
            new { communicatiecontexten = new[] { new { context = "ALGEMEEN", email = "nieuw@voorbeeld.nl" } } }, register))
        {
            contact.StatusCode.ShouldBe(HttpStatusCode.OK, await contact.Content.ReadAsStringAsync());
            (await JsonAsync(contact)).GetProperty("eigenaar").GetString().ShouldBe("PO2705", "a change by the register-beheerder keeps the owner");
        }

        using var registratie = await Stuur(HttpMethod.Post, Pad, AanbiederVoorbeeld.Registratie("654B321"), token: register);
        registratie.StatusCode.ShouldBe(HttpStatusCode.Created, await registratie.Content.ReadAsStringAsync());
        var landelijk = await JsonAsync(registratie);
        landelijk.TryGetProperty("eigenaar", out _).ShouldBeFalse("a national entry has no owner");
        landelijk.GetProperty("magWijzigen").GetBoolean().ShouldBeTrue();
        var etag = registratie.Headers.ETag!.Tag;
        (await LeesAsync("654B321", Beheerder)).GetProperty("magWijzigen").GetBoolean().ShouldBeFalse();

        using (var doorSwv = await Wijzig(HttpMethod.Post, $"{Pad}/654B321/uitbedrijfname", etag, new { laatsteDag = "2026-12-31" }))
        {
            (await ProbleemAsync(doorSwv, 403)).GetProperty("type").GetString().ShouldBe(NietEigenaar);
        }

        using var verwijderd = await Wijzig(HttpMethod.Delete, $"{Pad}/654B321", etag, token: register);
        verwijderd.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Test]
    public async Task A_register_entry_registered_by_an_swv_beheerder_belongs_to_their_swv()
    {
        var anderSwv = await AndereBeheerderAsync();

        using var registratie = await Stuur(HttpMethod.Post, Pad, AanbiederVoorbeeld.Registratie("123A456"), token: anderSwv);

        registratie.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await JsonAsync(registratie)).GetProperty("eigenaar").GetString().ShouldBe("PO2706");
        (await LeesAsync("123A456", Beheerder)).GetProperty("magWijzigen").GetBoolean().ShouldBeFalse();
    }

    private async Task<JsonElement> LeesAsync(string code, string token)
    {
        using var response = await Stuur(HttpMethod.Get, $"{Pad}/{code}", token: token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await JsonAsync(response);
    }

    private static async Task<string> AndereBeheerderAsync()
    {
        await Aanmelding.RegistreerInAsync("PO2706", "beheer@ander-swv.nl", Rol.SwvBeheerder);
        return await Aanmelding.AccessTokenAsync("beheer@ander-swv.nl");
    }

    private static async Task<string> RegisterBeheerderAsync()
    {
        await Aanmelding.RegistreerAsync("register@landelijk.nl", Rol.RegisterBeheerder);
        return await Aanmelding.AccessTokenAsync("register@landelijk.nl");
    }
}
