using System.Net;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;

namespace PassendOnderwijs.Api.FunctionalTests;

public abstract partial class ArrangementTest
{
    /// <summary>The school (IB'er of De Regenboog) invites an ouder for <paramref name="leerling"/>, who activates the account and signs in.</summary>
    protected async Task<(Guid Ouder, string Token)> NodigUitEnActiveerAsync(Guid leerling, string email, string naam)
    {
        var ouders = $"/api/v1/leerlingen/{leerling}/ouders";
        using var uitgenodigd = await Stuur(HttpMethod.Post, ouders, new { email, naam }, IbEigen);
        uitgenodigd.StatusCode.ShouldBe(HttpStatusCode.Created, await uitgenodigd.Content.ReadAsStringAsync());
        var uitnodiging = await JsonAsync(uitgenodigd);
        var ouder = uitnodiging.GetProperty("ouder").GetProperty("id").GetGuid();
        uitgenodigd.Headers.Location!.OriginalString.ShouldBe($"{ouders}/{ouder}");

        using var browser = TestOmgeving.Fabriek.CreateClient(new() { AllowAutoRedirect = false });
        (await Aanmelding.ActiveerAsync(browser, uitnodiging.GetProperty("activatiecode").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (ouder, await Aanmelding.AccessTokenAsync(email));
    }
}
