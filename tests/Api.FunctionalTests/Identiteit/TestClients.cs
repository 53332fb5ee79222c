using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PassendOnderwijs.Api.FunctionalTests.Identiteit;

/// <summary>Registers machine clients straight in the authorization server's store and fetches their tokens.</summary>
internal static class TestClients
{
    public const string Geheim = "test-geheim-met-genoeg-lengte";

    public static Task RegistreerAsync(string clientId, string swv, params string[] scopes) =>
        RegistreerVoorAsync(TestOmgeving.Fabriek, clientId, swv, scopes);

    public static Task RegistreerVoorAsync(ApiFabriek fabriek, string clientId, string swv, params string[] scopes) =>
        RegistreerVoorAsync(fabriek, clientId, swv, [], scopes);

    /// <summary>A LAS of the given vestigingen: it may read data of their pupils only.</summary>
    public static Task RegistreerVoorVestigingenAsync(string clientId, string swv, string[] vestigingen, params string[] scopes) =>
        RegistreerVoorAsync(TestOmgeving.Fabriek, clientId, swv, vestigingen, scopes);

    private static Task RegistreerVoorAsync(ApiFabriek fabriek, string clientId, string swv, string[] vestigingen, string[] scopes) =>
        RegistreerAsync(fabriek, new OpenIddictApplicationDescriptor { ClientId = clientId, ClientSecret = Geheim }, swv, vestigingen, scopes);

    /// <summary>A client that authenticates with private_key_jwt: it has these public keys and no secret.</summary>
    public static Task RegistreerMetSleutelsAsync(string clientId, string swv, JsonWebKeySet sleutels, params string[] scopes) =>
        RegistreerAsync(TestOmgeving.Fabriek, new OpenIddictApplicationDescriptor { ClientId = clientId, JsonWebKeySet = sleutels }, swv, [], scopes);

    private static async Task RegistreerAsync(
        ApiFabriek fabriek, OpenIddictApplicationDescriptor client, string swv, string[] vestigingen, string[] scopes)
    {
        await using var scope = fabriek.Services.CreateAsyncScope();
        var applicaties = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        client.ClientType = ClientTypes.Confidential;
        client.DisplayName = "Test " + client.ClientId;
        client.Permissions.Add(Permissions.Endpoints.Token);
        client.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        foreach (var s in scopes)
        {
            client.Permissions.Add(Permissions.Prefixes.Scope + s);
        }

        client.Properties["swv"] = JsonSerializer.SerializeToElement(swv);
        client.Properties["vestigingen"] = JsonSerializer.SerializeToElement(vestigingen);
        await applicaties.CreateAsync(client);
    }

    public static async Task<HttpResponseMessage> VraagTokenAanAsync(HttpClient http, string clientId, string geheim, string? scope)
    {
        var velden = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        if (scope is not null)
        {
            velden["scope"] = scope;
        }

        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/connect/token") { Content = new FormUrlEncodedContent(velden) };
        verzoek.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{clientId}:{geheim}")));
        return await http.SendAsync(verzoek);
    }

    public static async Task<string> TokenAsync(HttpClient http, string clientId, string scope)
    {
        using var response = await VraagTokenAanAsync(http, clientId, Geheim, scope);
        response.EnsureSuccessStatusCode();
        var inhoud = await response.Content.ReadFromJsonAsync<JsonElement>();
        return inhoud.GetProperty("access_token").GetString()!;
    }
}
