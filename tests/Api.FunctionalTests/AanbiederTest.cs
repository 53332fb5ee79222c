using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Begeleidingsaanbod;

namespace PassendOnderwijs.Api.FunctionalTests;

/// <summary>Tests on the register of onderwijsbegeleidingsaanbieders, managed by the administrator.</summary>
public abstract class AanbiederTest : BeheerderTest
{
    protected const string Pad = "/api/v1/onderwijsbegeleidingsaanbieders";

    /// <summary>Registers an aanbieder (with aanbod when asked) and returns its current ETag.</summary>
    protected async Task<string> RegistreerAsync(string code, int cluster = 1, params object[] aanbod)
    {
        using var registratie = await Stuur(HttpMethod.Post, Pad, AanbiederVoorbeeld.Registratie(code, "Aanbieder " + code, cluster));
        registratie.StatusCode.ShouldBe(HttpStatusCode.Created, await registratie.Content.ReadAsStringAsync());
        var etag = registratie.Headers.ETag!.Tag;
        foreach (var a in aanbod)
        {
            using var toegevoegd = await Wijzig(HttpMethod.Post, $"{Pad}/{code}/aanbod", etag, a);
            toegevoegd.StatusCode.ShouldBe(HttpStatusCode.OK, await toegevoegd.Content.ReadAsStringAsync());
            etag = toegevoegd.Headers.ETag!.Tag;
        }

        return etag;
    }

    /// <summary>A versioned change: sends the ETag in If-Match.</summary>
    protected async Task<HttpResponseMessage> Wijzig(HttpMethod methode, string pad, string? ifMatch, object? inhoud = null, string? token = null)
    {
        using var verzoek = new HttpRequestMessage(methode, pad);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Beheerder);
        if (ifMatch is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (inhoud is not null)
        {
            verzoek.Content = JsonContent.Create(inhoud);
        }

        return await Client.SendAsync(verzoek);
    }

    protected async Task<(JsonElement Aanbieder, string Etag)> HaalOpAsync(string code)
    {
        using var response = await Stuur(HttpMethod.Get, $"{Pad}/{code}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await JsonAsync(response), response.Headers.ETag!.Tag);
    }
}
