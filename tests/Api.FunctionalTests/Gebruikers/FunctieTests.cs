using System.Net;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Gebruikers;

/// <summary>
/// Issue 20: the beheerder gives a medewerker of the samenwerkingsverband functies (regionaal procesbegeleider,
/// beleidsmedewerker, manager ondersteuning); they travel in the token, and changing them stops the account's tokens.
/// </summary>
public class FunctieTests : BeheerderTest
{
    [Test]
    public async Task A_medewerker_gets_functies_when_made_and_no_other_role_can_hold_one()
    {
        using var gemaakt = await Stuur(HttpMethod.Post, "/api/v1/gebruikers",
            new { email = "pim@swv.nl", naam = "Pim Proces", rol = "swv-medewerker", functies = new[] { "beleidsmedewerker", "regionaal-procesbegeleider", "beleidsmedewerker" } });
        gemaakt.StatusCode.ShouldBe(HttpStatusCode.Created, await gemaakt.Content.ReadAsStringAsync());
        var functies = (await JsonAsync(gemaakt)).GetProperty("gebruiker").GetProperty("functies").EnumerateArray().Select(f => f.GetString()).ToList();
        functies.ShouldBe(["regionaal-procesbegeleider", "beleidsmedewerker"]);

        using var school = await Stuur(HttpMethod.Post, "/api/v1/gebruikers",
            new { email = "ib@school.nl", naam = "Ida", rol = "school-medewerker", vestigingen = new[] { "12AB00" }, functies = new[] { "manager-ondersteuning" } });
        var fout = (await ProbleemAsync(school, 400)).GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        fout.GetProperty("code").GetString().ShouldBe("functie-alleen-swv-medewerker");
        fout.GetProperty("pointer").GetString().ShouldBe("#/functies");

        using var onbekend = await Stuur(HttpMethod.Post, "/api/v1/gebruikers",
            new { email = "x@swv.nl", naam = "X", rol = "swv-medewerker", functies = new[] { "directeur", "manager-ondersteuning", "baas" } });
        var fouten = (await ProbleemAsync(onbekend, 400)).GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("pointer").GetString()).ToList();
        fouten.ShouldBe(["#/functies/0", "#/functies/2"]);
    }

    [Test]
    public async Task The_token_carries_the_functies_and_changing_them_stops_every_token_of_the_account()
    {
        var id = await Aanmelding.RegistreerMetFunctiesAsync("mila@swv.nl", Functie.ManagerOndersteuning);
        var token = await Aanmelding.AccessTokenAsync("mila@swv.nl");
        using (var ik = await Stuur(HttpMethod.Get, "/api/v1/ik", token: token))
        {
            (await JsonAsync(ik)).GetProperty("functies").EnumerateArray().Select(f => f.GetString()).ShouldBe(["manager-ondersteuning"]);
        }

        using var gewijzigd = await Stuur(HttpMethod.Post, $"/api/v1/gebruikers/{id}/functies", new { functies = new[] { "beleidsmedewerker" } });
        gewijzigd.StatusCode.ShouldBe(HttpStatusCode.OK, await gewijzigd.Content.ReadAsStringAsync());
        (await JsonAsync(gewijzigd)).GetProperty("functies").EnumerateArray().Select(f => f.GetString()).ShouldBe(["beleidsmedewerker"]);

        // The old token said "manager ondersteuning": it stops at once, so no step of that functie stays open.
        using (var oud = await Stuur(HttpMethod.Get, "/api/v1/ik", token: token))
        {
            oud.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using (var nieuw = await Stuur(HttpMethod.Get, "/api/v1/ik", token: await Aanmelding.AccessTokenAsync("mila@swv.nl")))
        {
            (await JsonAsync(nieuw)).GetProperty("functies").EnumerateArray().Select(f => f.GetString()).ShouldBe(["beleidsmedewerker"]);
        }

        // A body without the list says so; the list is the whole new set, so it must be there.
        using var leeg = await Stuur(HttpMethod.Post, $"/api/v1/gebruikers/{id}/functies", new { });
        (await ProbleemAsync(leeg, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("functies-vereist");
    }
}
