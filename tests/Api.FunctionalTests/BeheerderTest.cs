using System.Net.Http.Headers;
using System.Net.Http.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests;

/// <summary>Tests that act as a signed-in SWV administrator of PO2705 (beheer@swv.nl).</summary>
public abstract class BeheerderTest : ApiTest
{
    protected string Beheerder { get; private set; } = null!;

    protected Guid BeheerderId { get; private set; }

    [SetUp]
    public async Task MeldBeheerderAanAsync()
    {
        BeheerderId = await Aanmelding.RegistreerAsync("beheer@swv.nl", Rol.SwvBeheerder);
        Beheerder = await Aanmelding.AccessTokenAsync("beheer@swv.nl");
    }

    /// <summary>Sends a request with a bearer token (the administrator's unless another is given) and an optional JSON body.</summary>
    protected async Task<HttpResponseMessage> Stuur(HttpMethod methode, string pad, object? inhoud = null, string? token = null, string? accept = null)
    {
        using var verzoek = new HttpRequestMessage(methode, pad);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Beheerder);
        if (accept is not null)
        {
            verzoek.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        if (inhoud is not null)
        {
            verzoek.Content = JsonContent.Create(inhoud);
        }

        return await Client.SendAsync(verzoek);
    }
}
