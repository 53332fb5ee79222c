using System.Net.Http.Headers;
using System.Net.Http.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Contract;

/// <summary>One caller of every kind the API knows: anonymous, a person per role, and machine clients.</summary>
/// <param name="Basisrol">For a medewerker with a functie: the role code whose policy holds where the matrix names no functie.</param>
internal sealed record Aanroeper(string Naam, string? Token, string? Basisrol = null)
{
    public const string Anoniem = "anoniem";
    public const string LasMetAlleScopes = "las-alle-scopes";
    public const string LasZonderScopes = "las-zonder-scopes";

    public static async Task<IReadOnlyList<Aanroeper>> MaakAlleAsync(HttpClient client)
    {
        var aanroepers = new List<Aanroeper> { new(Anoniem, null) };
        foreach (var rol in Enum.GetValues<Rol>())
        {
            var email = $"{rol.Code()}@matrix.nl";
            await Aanmelding.RegistreerAsync(email, rol, rol == Rol.SchoolMedewerker ? ["12AB00"] : []);
            aanroepers.Add(new(rol.Code(), await Aanmelding.AccessTokenAsync(email)));
        }

        // A medewerker per functie: the matrix expects what a medewerker gets unless it names the functie.
        foreach (var functie in Enum.GetValues<Functie>())
        {
            var email = $"{functie.Code()}@matrix.nl";
            await Aanmelding.RegistreerMetFunctiesAsync(email, functie);
            aanroepers.Add(new(functie.Code(), await Aanmelding.AccessTokenAsync(email), Rol.SwvMedewerker.Code()));
        }

        await TestClients.RegistreerAsync(LasMetAlleScopes, "PO2705", [.. Application.Common.Autorisatie.Scopes.Alle]);
        aanroepers.Add(new(LasMetAlleScopes, await TestClients.TokenAsync(client, LasMetAlleScopes, string.Join(' ', Application.Common.Autorisatie.Scopes.Alle))));
        await TestClients.RegistreerAsync(LasZonderScopes, "PO2705");
        using var zonder = await TestClients.VraagTokenAanAsync(client, LasZonderScopes, TestClients.Geheim, scope: null);
        zonder.EnsureSuccessStatusCode();
        aanroepers.Add(new(LasZonderScopes, (await zonder.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("access_token").GetString()));
        return aanroepers;
    }

    public HttpRequestMessage Verzoek(HttpMethod methode, string url, HttpContent? inhoud = null)
    {
        var verzoek = new HttpRequestMessage(methode, url) { Content = inhoud };
        if (Token is not null)
        {
            verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        return verzoek;
    }
}
