using System.Net.Http.Headers;
using System.Net.Http.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Platform;

/// <summary>A test of the platform's own work: a signed-in platform-beheerder, and requests with anyone's token.</summary>
public abstract class PlatformTest : ApiTest
{
    protected static async Task<string> PlatformAsync()
    {
        await Aanmelding.RegistreerAsync("platform@platform.nl", Rol.PlatformBeheerder);
        return await Aanmelding.AccessTokenAsync("platform@platform.nl");
    }

    protected async Task<HttpResponseMessage> StuurAsync(HttpMethod methode, string pad, string token, object? inhoud = null, string? ifMatch = null)
    {
        using var verzoek = new HttpRequestMessage(methode, pad);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
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

    protected async Task<HttpResponseMessage> ActiveerAsync(string code) => await Aanmelding.ActiveerAsync(Client, code);
}
