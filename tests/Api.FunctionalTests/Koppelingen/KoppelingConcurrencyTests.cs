using System.Net;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;

namespace PassendOnderwijs.Api.FunctionalTests.Koppelingen;

/// <summary>Parallel changes to one koppeling: one wins, the others hear it was changed at the same time; never a 500.</summary>
public class KoppelingConcurrencyTests : BeheerderTest
{
    private static readonly string[] AanbiedersLezen = ["aanbieders.lezen"];

    [Test]
    public async Task Twenty_parallel_secret_renewals_each_get_a_secret_or_a_conflict_and_the_last_secret_works()
    {
        var clientId = await RegistreerAsync();

        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Stuur(HttpMethod.Post, $"/api/v1/koppelingen/{clientId}/geheimen")));

        var statussen = antwoorden.Select(a => (int)a.StatusCode).ToList();
        statussen.ShouldAllBe(s => s == 201 || s == 409, string.Join(", ", statussen));
        statussen.ShouldContain(201);
        foreach (var conflict in antwoorden.Where(a => a.StatusCode == HttpStatusCode.Conflict))
        {
            (await ProbleemAsync(conflict, 409)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:koppeling-gelijktijdig-gewijzigd");
        }

        var geheimen = new List<string>();
        foreach (var gelukt in antwoorden.Where(a => a.StatusCode == HttpStatusCode.Created))
        {
            geheimen.Add((await JsonAsync(gelukt)).GetProperty("clientSecret").GetString()!);
        }

        var werkend = 0;
        foreach (var geheim in geheimen)
        {
            using var token = await TestClients.VraagTokenAanAsync(Client, clientId, geheim, "aanbieders.lezen");
            werkend += token.StatusCode == HttpStatusCode.OK ? 1 : 0;
        }

        werkend.ShouldBe(1, "exactly the secret stored last works");
        foreach (var antwoord in antwoorden)
        {
            antwoord.Dispose();
        }
    }

    [Test]
    public async Task Twenty_parallel_revocations_remove_the_koppeling_once_and_never_fail()
    {
        var clientId = await RegistreerAsync();

        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Stuur(HttpMethod.Delete, $"/api/v1/koppelingen/{clientId}")));

        var statussen = antwoorden.Select(a => (int)a.StatusCode).ToList();
        statussen.ShouldAllBe(s => s == 204 || s == 404 || s == 409, string.Join(", ", statussen));
        statussen.Count(s => s == 204).ShouldBe(1);
        using var daarna = await Stuur(HttpMethod.Get, $"/api/v1/koppelingen/{clientId}");
        daarna.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var antwoord in antwoorden)
        {
            antwoord.Dispose();
        }
    }

    private async Task<string> RegistreerAsync()
    {
        using var response = await Stuur(HttpMethod.Post, "/api/v1/koppelingen", new { naam = "ParnasSys", scopes = AanbiedersLezen });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await JsonAsync(response)).GetProperty("koppeling").GetProperty("clientId").GetString()!;
    }
}
