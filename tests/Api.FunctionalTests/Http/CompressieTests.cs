using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Api.Http;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>
/// JSON answers are compressed with br or gzip as the client asks, and decompress to the very bytes of the identity
/// answer; answers that carry a secret next to input of the caller (the token endpoint, a new client secret) never are.
/// </summary>
public class CompressieTests : AanbiederTest
{
    private const string Lijst = Pad + "?pageSize=10";

    [SetUp]
    public async Task VulRegisterAsync()
    {
        for (var i = 1; i <= 4; i++)
        {
            await RegistreerAsync($"600A00{i}", 1, Begeleidingsaanbod.AanbiederVoorbeeld.Aanbod());
        }
    }

    [TestCase("br")]
    [TestCase("gzip")]
    public async Task The_list_comes_compressed_as_asked_and_decompresses_to_the_same_json(string codering)
    {
        using var gewoon = await LeesAsync(Lijst, null);
        gewoon.Content.Headers.ContentEncoding.ShouldBeEmpty();
        var verwacht = await gewoon.Content.ReadAsByteArrayAsync();

        using var gecomprimeerd = await LeesAsync(Lijst, codering);
        gecomprimeerd.StatusCode.ShouldBe(HttpStatusCode.OK);
        gecomprimeerd.Content.Headers.ContentEncoding.ShouldBe([codering]);
        gecomprimeerd.Headers.Vary.ShouldContain("Accept-Encoding");
        gecomprimeerd.Headers.ETag.ShouldBe(gewoon.Headers.ETag);
        var bytes = await gecomprimeerd.Content.ReadAsByteArrayAsync();
        bytes.Length.ShouldBeLessThan(verwacht.Length);
        Decomprimeer(bytes, codering).ShouldBe(verwacht);
    }

    [Test]
    public async Task The_ndjson_copy_is_compressed_too()
    {
        using var gewoon = await LeesAsync(Pad, null, "application/x-ndjson");
        var verwacht = await gewoon.Content.ReadAsByteArrayAsync();
        using var gecomprimeerd = await LeesAsync(Pad, "gzip", "application/x-ndjson");
        gecomprimeerd.Content.Headers.ContentEncoding.ShouldBe(["gzip"]);
        Decomprimeer(await gecomprimeerd.Content.ReadAsByteArrayAsync(), "gzip").ShouldBe(verwacht);
    }

    [Test]
    public async Task The_token_endpoint_and_a_new_client_secret_are_never_compressed()
    {
        await TestClients.RegistreerAsync("las-compressie", "PO2705", "aanbieders.lezen");
        using var tokenVerzoek = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "aanbieders.lezen" }),
        };
        tokenVerzoek.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"las-compressie:{TestClients.Geheim}")));
        tokenVerzoek.Headers.AcceptEncoding.ParseAdd("br, gzip");
        using var token = await Client.SendAsync(tokenVerzoek);
        token.StatusCode.ShouldBe(HttpStatusCode.OK);
        token.Content.Headers.ContentEncoding.ShouldBeEmpty();
        (await token.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("access_token").GetString().ShouldNotBeNullOrEmpty();

        using var koppelingVerzoek = new HttpRequestMessage(HttpMethod.Post, "/api/v1/koppelingen")
        {
            Content = JsonContent.Create(new { naam = "Compressie-LAS", scopes = new[] { "aanbieders.lezen" } }),
        };
        koppelingVerzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Beheerder);
        koppelingVerzoek.Headers.AcceptEncoding.ParseAdd("br, gzip");
        using var koppeling = await Client.SendAsync(koppelingVerzoek);
        koppeling.StatusCode.ShouldBe(HttpStatusCode.Created, await koppeling.Content.ReadAsStringAsync());
        koppeling.Content.Headers.ContentEncoding.ShouldBeEmpty();
        (await koppeling.Content.ReadAsStringAsync()).ShouldContain("clientSecret");
    }

    [Test]
    public void Exactly_the_operations_whose_answer_holds_a_secret_are_never_compressed()
    {
        var endpoints = TestOmgeving.Fabriek.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        endpoints.Where(GeheimAntwoord.Mogelijk)
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName)
            .Order(StringComparer.Ordinal)
            .ShouldBe(
            [
                "geefAbonnement", "geefAbonnementen", "geefEigenAbonnement", "geefEigenAbonnementen", "maakAbonnement", "maakEersteBeheerder", "maakEigenAbonnement",
                "maakPlatformgebruiker", "nodigOuderUit", "registreerGebruiker", "registreerKoppeling", "roteerAbonnementGeheim", "roteerEigenAbonnementGeheim", "trekVorigAbonnementGeheimIn",
                "trekVorigEigenAbonnementGeheimIn", "vernieuwActivatiecode", "vernieuwBeheerderActivatiecode", "vernieuwKoppelingGeheim", "vernieuwOuderActivatiecode",
                "vernieuwPlatformActivatiecode", "wijzigAbonnement", "wijzigEigenAbonnement",
            ]);
    }

    private async Task<HttpResponseMessage> LeesAsync(string url, string? codering, string accept = "application/json")
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, url);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Beheerder);
        verzoek.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (codering is not null)
        {
            verzoek.Headers.AcceptEncoding.ParseAdd(codering);
        }

        return await Client.SendAsync(verzoek);
    }

    private static byte[] Decomprimeer(byte[] bytes, string codering)
    {
        using var invoer = new MemoryStream(bytes);
        using Stream stroom = codering == "br" ? new BrotliStream(invoer, CompressionMode.Decompress) : new GZipStream(invoer, CompressionMode.Decompress);
        using var uitvoer = new MemoryStream();
        stroom.CopyTo(uitvoer);
        return uitvoer.ToArray();
    }
}
