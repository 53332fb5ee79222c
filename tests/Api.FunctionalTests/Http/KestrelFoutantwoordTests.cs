using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Api.FunctionalTests.Platform;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>
/// Requests that Kestrel refuses before any middleware runs still get an application/problem+json answer with the
/// security headers. These need the real Kestrel on a socket: the in-memory test server parses nothing.
/// </summary>
[NonParallelizable]
public class KestrelFoutantwoordTests : ApiTest
{
    private ApiFabriek fabriek = null!;
    private Uri adres = null!;

    [OneTimeSetUp]
    public void StartKestrel()
    {
        fabriek = new ApiFabriek(TestOmgeving.Database.Verbinding);
        fabriek.UseKestrel(0);
        fabriek.StartServer();
        var adressen = fabriek.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        adres = new Uri(adressen.Addresses.First());
    }

    [OneTimeTearDown]
    public async Task StopKestrelAsync() => await fabriek.DisposeAsync();

    private static readonly string LangAdres = "/api/v1/expertises?x=" + new string('a', 20_000);
    private static readonly string GroteHeader = "X-Groot: " + new string('b', 40_000) + "\r\n";

    [TestCase(414, "GET {LangAdres} HTTP/1.1\r\nHost: localhost\r\n\r\n", "langer dan 8192 bytes")]
    [TestCase(431, "GET /api/v1/expertises HTTP/1.1\r\nHost: localhost\r\n{GroteHeader}\r\n", "groter dan 32768 bytes")]
    [TestCase(400, "GET /api/v1/expertises HTTP/1.1\r\nHost: localhost\r\nX-Naam: Jos\u00e9\r\n\r\n", "ASCII")]
    [TestCase(400, "GET /api/v1/expertises/%00 HTTP/1.1\r\nHost: localhost\r\n\r\n", "%00")]
    [TestCase(400, "DIT IS GEEN HTTP\r\n\r\n", "aanvraagregel")]
    public async Task A_request_Kestrel_refuses_itself_gets_a_problem(int status, string verzoek, string uitleg)
    {
        var antwoord = await StuurRauwAsync(verzoek.Replace("{LangAdres}", LangAdres).Replace("{GroteHeader}", GroteHeader));

        var (statusregel, headers, inhoud) = Ontleed(antwoord);
        statusregel.ShouldStartWith($"HTTP/1.1 {status} ");
        headers["Content-Type"].ShouldBe("application/problem+json");
        headers["Content-Length"].ShouldBe(Encoding.UTF8.GetByteCount(inhoud).ToString(System.Globalization.CultureInfo.InvariantCulture));
        headers["X-Content-Type-Options"].ShouldBe("nosniff");
        headers["Cache-Control"].ShouldBe("no-store");
        headers.ShouldContainKey("API-Version");
        headers.ShouldNotContainKey("Server");

        using var probleem = JsonDocument.Parse(inhoud);
        var wortel = probleem.RootElement;
        wortel.GetProperty("status").GetInt32().ShouldBe(status);
        wortel.GetProperty("detail").GetString()!.ShouldContain(uitleg);
        foreach (var veld in new[] { "type", "title", "instance", "traceId" })
        {
            wortel.GetProperty(veld).GetString().ShouldNotBeNullOrWhiteSpace(veld);
        }
    }

    [Test]
    public async Task Answers_of_the_application_pass_unchanged_on_a_kept_alive_connection()
    {
        // Two requests on one connection: a bare 404 of the application (a problem already) and a full list.
        var antwoord = await StuurRauwAsync(
            "GET /api/v1/expertises/BESTAAT_NIET HTTP/1.1\r\nHost: localhost\r\n\r\n" +
            "GET /api/v1/expertises HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        antwoord.ShouldStartWith("HTTP/1.1 404 ");
        antwoord.ShouldContain("expertise-onbekend");
        antwoord.ShouldContain("HTTP/1.1 200 ");
        antwoord.ShouldContain("\"code\"");
    }

    [Test]
    public async Task A_json_answer_serialized_straight_into_the_connection_arrives_whole()
    {
        // Not buffered for an ETag (a PUT): System.Text.Json writes into Kestrel's pipe and asks it what is unflushed.
        var versie = await Tenants.RegistreerAsync();
        await Aanmelding.RegistreerAsync("beheer@swv.nl", Rol.SwvBeheerder);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler) { BaseAddress = adres };
        http.DefaultRequestHeaders.Host = "localhost";
        var token = (await Aanmelding.MeldAanAsync(http, "beheer@swv.nl")).GetProperty("access_token").GetString();
        using var verzoek = new HttpRequestMessage(HttpMethod.Put, "/api/v1/samenwerkingsverband")
        {
            Content = JsonContent.Create(new { naam = "SWV Kestrel", regios = Array.Empty<object>() }),
        };
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        verzoek.Headers.TryAddWithoutValidation("If-Match", $"\"{versie}\"");

        using var antwoord = await http.SendAsync(verzoek);

        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        (await JsonAsync(antwoord)).GetProperty("naam").GetString().ShouldBe("SWV Kestrel");
    }

    private async Task<string> StuurRauwAsync(string verzoek)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(adres.Host, adres.Port);
        await using var stroom = client.GetStream();

        // Kestrel may answer and close before it has read all of an oversized request, so read while writing and
        // keep what arrived when the connection is then reset.
        var lezen = LeesTotEindeAsync(stroom);
        try
        {
            // No half-close after writing: Kestrel takes that as the client going away and answers nothing. Every
            // request here ends the connection itself (a refusal, or Connection: close).
            await stroom.WriteAsync(Encoding.Latin1.GetBytes(verzoek));
        }
        catch (IOException)
        {
        }
        catch (SocketException)
        {
        }

        return await lezen;
    }

    private static async Task<string> LeesTotEindeAsync(NetworkStream stroom)
    {
        using var gelezen = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            int aantal;
            while ((aantal = await stroom.ReadAsync(buffer)) > 0)
            {
                gelezen.Write(buffer, 0, aantal);
            }
        }
        catch (IOException) when (gelezen.Length > 0)
        {
        }

        return Encoding.UTF8.GetString(gelezen.ToArray());
    }

    private static (string Statusregel, Dictionary<string, string> Headers, string Inhoud) Ontleed(string antwoord)
    {
        var einde = antwoord.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        einde.ShouldBeGreaterThan(0, antwoord);
        var regels = antwoord[..einde].Split("\r\n");
        var headers = regels.Skip(1)
            .Select(r => r.Split(':', 2))
            .ToDictionary(d => d[0], d => d[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return (regels[0], headers, antwoord[(einde + 4)..]);
    }
}
