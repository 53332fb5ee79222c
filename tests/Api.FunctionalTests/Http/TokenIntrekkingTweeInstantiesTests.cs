using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Npgsql;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Infrastructure.Identiteit.TokenStatus;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>
/// Two API instances on one database, each with its cache of token statuses: a token that one instance answered from
/// its cache stops at that instance the moment it is revoked there, and at the other as soon as that one has caught
/// up with the database's notifications; while an instance's listener is down, it asks the database every time.
/// </summary>
public sealed class TokenIntrekkingTweeInstantiesTests : BeheerderTest
{
    private const string Koppeling = "las-twee-instanties";
    private ApiFabriek _een = null!;
    private ApiFabriek _twee = null!;

    [SetUp]
    public void StartTweeInstanties()
    {
        // The second instance waits an hour before it connects again once its listener is cut off, so the test
        // below sees the instance without one for as long as it needs to.
        _een = ApiFabriek.NogEenInstantie();
        _twee = ApiFabriek.NogEenInstantie(new Dictionary<string, string>
        {
            ["Auth:TokenStatus:EersteWachtVoorHerverbinden"] = "01:00:00",
        });
        _ = (_een.Server, _twee.Server);
    }

    [TearDown]
    public async Task StopTweeInstantiesAsync()
    {
        await _een.DisposeAsync();
        await _twee.DisposeAsync();
    }

    [Test]
    public async Task A_known_token_is_answered_from_the_cache_at_both_instances()
    {
        await BeideLuisterenAsync();
        var token = await KoppelingTokenAsync();

        await ZieAsync(_een, token, HttpStatusCode.OK);
        await ZieAsync(_twee, token, HttpStatusCode.OK);

        Cache(_een).Zoek(TokenId(token)).ShouldBe(true);
        Cache(_twee).Zoek(TokenId(token)).ShouldBe(true);
    }

    [Test]
    public async Task A_new_secret_stops_the_koppelings_cached_tokens_at_the_instance_that_renewed_it_and_then_at_the_other()
    {
        await BeideLuisterenAsync();
        var token = await KoppelingTokenAsync();
        await ZieAsync(_een, token, HttpStatusCode.OK);
        await ZieAsync(_twee, token, HttpStatusCode.OK);

        using var vernieuwd = await StuurAsync(_een, HttpMethod.Post, $"/api/v1/koppelingen/{Koppeling}/geheimen", await BeheerderTokenAsync());
        vernieuwd.StatusCode.ShouldBe(HttpStatusCode.Created, await vernieuwd.Content.ReadAsStringAsync());

        await ZieAsync(_een, token, HttpStatusCode.Unauthorized);
        await Luisteraar(_twee).WachtTotBijgewerktAsync(CancellationToken.None);
        Cache(_twee).Zoek(TokenId(token)).ShouldBeNull("the notification made the other instance forget the token");
        await ZieAsync(_twee, token, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_deactivated_users_cached_tokens_stop_at_the_instance_that_deactivated_them_and_then_at_the_other()
    {
        await BeideLuisterenAsync();
        var id = await Aanmelding.RegistreerAsync("vertrekt@swv.nl", Rol.SwvMedewerker);
        var token = await AccessTokenAsync(_twee, "vertrekt@swv.nl");
        await ZieAsync(_een, token, HttpStatusCode.OK);
        await ZieAsync(_twee, token, HttpStatusCode.OK);

        using var gedeactiveerd = await StuurAsync(_een, HttpMethod.Post, $"/api/v1/gebruikers/{id}/deactivering", await BeheerderTokenAsync());
        gedeactiveerd.StatusCode.ShouldBe(HttpStatusCode.OK, await gedeactiveerd.Content.ReadAsStringAsync());

        await ZieAsync(_een, token, HttpStatusCode.Unauthorized);
        await Luisteraar(_twee).WachtTotBijgewerktAsync(CancellationToken.None);
        Cache(_twee).Zoek(TokenId(token)).ShouldBeNull("the notification made the other instance forget the token");
        await ZieAsync(_twee, token, HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task Without_its_listener_an_instance_asks_the_database_so_a_revocation_elsewhere_still_stops_a_token_at_once()
    {
        await BeideLuisterenAsync();
        var token = await KoppelingTokenAsync();
        await ZieAsync(_twee, token, HttpStatusCode.OK);
        Cache(_twee).Zoek(TokenId(token)).ShouldBe(true);

        await using (var verbinding = new NpgsqlConnection(TestOmgeving.Database.Verbinding))
        {
            await verbinding.OpenAsync();
            await using var afbreken = new NpgsqlCommand("SELECT pg_terminate_backend(@proces)", verbinding);
            afbreken.Parameters.AddWithValue("proces", Luisteraar(_twee).ServerProces!.Value);
            (await afbreken.ExecuteScalarAsync()).ShouldBe(true);
        }

        await WachtTotAsync(() => !Cache(_twee).Vertrouwd);
        Cache(_twee).Zoek(TokenId(token)).ShouldBeNull("nothing cached is trusted without the listener");
        await ZieAsync(_twee, token, HttpStatusCode.OK);

        using var ingetrokken = await StuurAsync(_een, HttpMethod.Delete, $"/api/v1/koppelingen/{Koppeling}", await BeheerderTokenAsync());
        ingetrokken.StatusCode.ShouldBe(HttpStatusCode.NoContent, await ingetrokken.Content.ReadAsStringAsync());

        await ZieAsync(_twee, token, HttpStatusCode.Unauthorized);
    }

    private async Task BeideLuisterenAsync()
    {
        await WachtTotAsync(() => Cache(_een).Vertrouwd);
        await WachtTotAsync(() => Cache(_twee).Vertrouwd);
    }

    private async Task<string> KoppelingTokenAsync()
    {
        await TestClients.RegistreerVoorAsync(_een, Koppeling, "PO2705", "aanbieders.lezen");
        using var client = _een.CreateClient();
        return await TestClients.TokenAsync(client, Koppeling, "aanbieders.lezen");
    }

    private Task<string> BeheerderTokenAsync() => AccessTokenAsync(_een, "beheer@swv.nl");

    private static async Task<string> AccessTokenAsync(ApiFabriek instantie, string email)
    {
        using var browser = instantie.CreateClient(new() { AllowAutoRedirect = false });
        return (await Aanmelding.MeldAanAsync(browser, email)).GetProperty("access_token").GetString()!;
    }

    private static async Task ZieAsync(ApiFabriek instantie, string token, HttpStatusCode verwacht)
    {
        using var antwoord = await StuurAsync(instantie, HttpMethod.Get, "/api/v1/ik", token);
        antwoord.StatusCode.ShouldBe(verwacht, await antwoord.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> StuurAsync(ApiFabriek instantie, HttpMethod methode, string pad, string token)
    {
        using var client = instantie.CreateClient();
        using var verzoek = new HttpRequestMessage(methode, pad);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(verzoek);
    }

    /// <summary>Waits for state a background connection reaches on its own (connected, or noticed it was cut off).</summary>
    private static async Task WachtTotAsync(Func<bool> toestand)
    {
        var tijd = Stopwatch.StartNew();
        while (!toestand())
        {
            tijd.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60), "the token status listener did not get there");
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    private static string TokenId(string token) => new JsonWebToken(token).GetClaim("oi_tkn_id").Value;

    private static TokenStatusCache Cache(ApiFabriek instantie) => instantie.Services.GetRequiredService<TokenStatusCache>();

    private static TokenStatusLuisteraar Luisteraar(ApiFabriek instantie) => instantie.Services.GetRequiredService<TokenStatusLuisteraar>();
}
