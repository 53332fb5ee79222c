using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests.Dossiers;

/// <summary>
/// Tests of the OSO dossier import, on the set-up of <see cref="ArrangementTest"/> plus the OSO test school 00YY00 (an
/// SO school, where the four official example dossiers come from), its IB'er and its LAS with dossiers.aanleveren.
/// </summary>
public abstract class DossierTest : ArrangementTest
{
    protected const string DossierPad = "/api/v1/dossiers";
    protected const string OsoVestiging = "00YY00";

    protected string IbOso { get; private set; } = null!;

    protected string LasOso { get; private set; } = null!;

    [SetUp]
    public async Task RichtOsoSchoolInAsync()
    {
        await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/scholen", new { vestiging = OsoVestiging, naam = "OSO Testschool", soort = "SO", schoolbestuur = "41234" });
        await Aanmelding.RegistreerAsync("ib@osotestschool.nl", Rol.SchoolMedewerker, OsoVestiging);
        IbOso = await Aanmelding.AccessTokenAsync("ib@osotestschool.nl");
        LasOso = await LasAsync("las-oso", OsoVestiging, "dossiers.aanleveren");
    }

    /// <summary>Delivers <paramref name="xml"/> as the OSO LAS unless <paramref name="token"/> names someone else.</summary>
    protected async Task<HttpResponseMessage> LeverAanAsync(byte[] xml, string? token = null, string? query = null, string contentType = "application/xml")
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, DossierPad + query);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? LasOso);
        verzoek.Content = new ByteArrayContent(xml);
        verzoek.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await Client.SendAsync(verzoek);
    }

    protected Task<HttpResponseMessage> LeverAanAsync(string xml, string? token = null, string? query = null) =>
        LeverAanAsync(Encoding.UTF8.GetBytes(xml), token, query);

    /// <summary>Delivers an official example and expects it to be taken in (201 the first time).</summary>
    protected async Task<JsonElement> ImporteerAsync(string voorbeeld, HttpStatusCode verwacht = HttpStatusCode.Created, string? token = null)
    {
        using var response = await LeverAanAsync(OsoVoorbeelden.Lees(voorbeeld), token);
        response.StatusCode.ShouldBe(verwacht, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    /// <summary>An official example with a change made to its text.</summary>
    protected static string Gewijzigd(string voorbeeld, string oud, string nieuw)
    {
        var tekst = OsoVoorbeelden.Tekst(voorbeeld);
        tekst.ShouldContain(oud);
        return tekst.Replace(oud, nieuw, StringComparison.Ordinal);
    }

    protected static IEnumerable<JsonElement> Verslag(JsonElement import, string soort) =>
        import.GetProperty("verslag").EnumerateArray().Where(r => r.GetProperty("soort").GetString() == soort);

    protected async Task<List<JsonElement>> DossierAuditAsync() =>
        [.. (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/auditregels?pageSize=100"))
            .GetProperty("auditRegels").EnumerateArray()
            .Where(r => r.GetProperty("resourceSoort").GetString() == "dossierimport")];
}
