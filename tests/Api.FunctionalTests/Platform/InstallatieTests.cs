using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Infrastructure.Persistence;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests.Platform;

/// <summary>
/// Issue 12's quality bar: a real installation from an empty database, without demo data, in the order of the
/// README's "Installing for real". The first platform-beheerder comes from scripts/beheer.sh run as a real process
/// with the product's own configuration (PASSENDONDERWIJS_DB and PASSENDONDERWIJS_DB_EIGENAAR); everything after
/// that goes through the real endpoints only: /activeren, the SPA's sign-in (authorization code + PKCE), registering
/// a samenwerkingsverband and its first beheerder, its set-up and the import of the example file.
/// Its own database, so no other test's reset or data can make it pass; removed afterwards.
/// </summary>
[NonParallelizable]
public sealed partial class InstallatieTests
{
    // One name for every run (a role name is limited in length, so no Guid); a run that died left it behind.
    private const string DatabaseNaam = "passendonderwijs_test_installatie";
    private const string Swv = "PO2610";

    private TestVerbindingen? _database;
    private ApiFabriek? _fabriek;
    private HttpClient _http = null!;

    [SetUp]
    public async Task MaakLegeDatabaseAsync()
    {
        _database = await TestDatabase.VerbindingenAsync(DatabaseNaam);
        await TestDatabase.VerwijderAsync(_database);
        _database = await TestDatabase.VerbindingenAsync(DatabaseNaam);
    }

    [TearDown]
    public async Task RuimOpAsync()
    {
        _http?.Dispose();
        if (_fabriek is not null)
        {
            await _fabriek.DisposeAsync();
        }

        if (_database is not null)
        {
            await TestDatabase.VerwijderAsync(_database);
        }
    }

    [Test]
    public async Task From_an_empty_database_to_a_samenwerkingsverband_with_its_scholen_through_the_command_and_the_endpoints_only()
    {
        var database = _database!;

        // 1. The first administrator, by the documented command against the empty database; it migrates it too.
        var beheer = await BeheerAsync(database, "maak-platformbeheerder", "--email", "pat@platform.nl", "--naam", "Pat Platform");
        beheer.ExitCode.ShouldBe(0, beheer.Fouten);
        beheer.Uitvoer.ShouldContain("http://localhost/activeren");
        var platformCode = Activatiecode().Match(beheer.Uitvoer).Groups[1].Value;
        platformCode.ShouldNotBeNullOrEmpty(beheer.Uitvoer);

        // 2. The product itself, as ./run.sh starts it but without Demo__Aan, on what the command left.
        _fabriek = new ApiFabriek(database.Applicatie, instellingen: new Dictionary<string, string>
        {
            [DatabaseConfiguratie.EigenaarVariabele] = database.Eigenaar,
        });
        _http = _fabriek.CreateClient(new() { AllowAutoRedirect = false });
        Contract.ContractBewaking.HaalAfwijkingenOp();

        (await ActiveerAsync(platformCode)).ShouldBe(HttpStatusCode.OK);
        var platform = await TokenAsync("pat@platform.nl");

        // No demo data: the platform starts without a single samenwerkingsverband.
        var leeg = await JsonAsync(await StuurAsync(HttpMethod.Get, "/api/v1/samenwerkingsverbanden", platform));
        leeg.GetProperty("samenwerkingsverbanden").GetArrayLength().ShouldBe(0);

        // 3. Onboarding: the tenant and its first beheerder, whose activation code is shown once.
        using (var nieuw = await StuurAsync(HttpMethod.Post, "/api/v1/samenwerkingsverbanden", platform, new { code = Swv, naam = "Passend Primair Eemland", sector = "PO" }))
        {
            nieuw.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        string beheerderCode;
        using (var eerste = await StuurAsync(HttpMethod.Post, $"/api/v1/samenwerkingsverbanden/{Swv}/beheerders", platform, new { email = "bea@eemland.nl", naam = "Bea Beheer" }))
        {
            eerste.StatusCode.ShouldBe(HttpStatusCode.Created);
            beheerderCode = (await JsonAsync(eerste)).GetProperty("activatiecode").GetString()!;
        }

        (await ActiveerAsync(beheerderCode)).ShouldBe(HttpStatusCode.OK);
        var beheerder = await TokenAsync("bea@eemland.nl");
        var ik = await JsonAsync(await StuurAsync(HttpMethod.Get, "/api/v1/ik", beheerder));
        ik.GetProperty("rollen").EnumerateArray().Select(r => r.GetString()).ShouldBe(["swv-beheerder"]);

        // 4. The beheerder sets up the name and the regio's and netwerken the example file uses.
        string etag;
        using (var huidig = await StuurAsync(HttpMethod.Get, "/api/v1/samenwerkingsverband", beheerder))
        {
            huidig.StatusCode.ShouldBe(HttpStatusCode.OK);
            etag = huidig.Headers.ETag!.Tag;
        }

        using (var ingericht = await StuurAsync(HttpMethod.Put, "/api/v1/samenwerkingsverband", beheerder, new
        {
            naam = "Passend Primair Onderwijs Eemland",
            regios = new[]
            {
                new { naam = "Noord", lokaleNetwerken = new[] { "Noord-West", "Noord-Oost" } },
                new { naam = "Midden", lokaleNetwerken = new[] { "Centrum", "Midden-Oost" } },
                new { naam = "Zuid", lokaleNetwerken = new[] { "Zuid-West", "Zuid-Oost" } },
            },
        }, etag))
        {
            ingericht.StatusCode.ShouldBe(HttpStatusCode.OK, await ingericht.Content.ReadAsStringAsync());
        }

        // 5. The example file: a dry run that reports and changes nothing, then for real.
        var csv = await File.ReadAllBytesAsync(Path.Combine(Repository.Root, "docs", "voorbeelden", "organisaties.csv"));
        var proef = await JsonAsync(await ImporteerAsync(beheerder, csv, proefrun: true));
        proef.GetProperty("problemen").GetArrayLength().ShouldBe(0, proef.ToString());
        proef.GetProperty("scholen").GetProperty("nieuw").GetInt32().ShouldBe(300);
        (await ScholenAsync(beheerder)).ShouldBeEmpty("a dry run changes nothing");

        var echt = await JsonAsync(await ImporteerAsync(beheerder, csv, proefrun: false));
        echt.GetProperty("schoolbesturen").GetProperty("nieuw").GetInt32().ShouldBe(30);
        echt.GetProperty("scholen").GetProperty("nieuw").GetInt32().ShouldBe(300);

        var scholen = await ScholenAsync(beheerder);
        scholen.Count.ShouldBe(300);
        var baarn = scholen.Single(s => s.GetProperty("vestiging").GetString() == "10AB00");
        (baarn.GetProperty("naam").GetString(), baarn.GetProperty("regio").GetString(), baarn.GetProperty("lokaalNetwerk").GetString())
            .ShouldBe(("De Wegwijzer Baarn", "Noord", "Noord-Oost"));

        // 6. The samenwerkingsverband's own audit log records every step, and who took it.
        var audit = await JsonAsync(await StuurAsync(HttpMethod.Get, "/api/v1/auditregels?pageSize=100", beheerder));
        var stappen = audit.GetProperty("auditRegels").EnumerateArray()
            .Select(r => $"{r.GetProperty("actie").GetString()} {r.GetProperty("resourceSoort").GetString()} door {r.GetProperty("actorNaam").GetString()}")
            .ToList();
        // Registered and its beheerder made (by the platform), activated (by that person), set up, and the dry run
        // and the import (by the beheerder).
        stappen.ShouldBe(
            [
                "aanmaken samenwerkingsverband door Pat Platform",
                "aanmaken gebruiker door Pat Platform",
                "wijzigen gebruiker door Bea Beheer",
                "wijzigen samenwerkingsverband door Bea Beheer",
                "wijzigen organisatie-import door Bea Beheer",
                "wijzigen organisatie-import door Bea Beheer",
            ],
            ignoreOrder: true);
        Contract.ContractBewaking.HaalAfwijkingenOp().ShouldBeEmpty("answers the contract does not declare");
    }

    /// <summary>Runs scripts/beheer.sh as an operator would, with the product's configuration for the given database.</summary>
    private static async Task<(int ExitCode, string Uitvoer, string Fouten)> BeheerAsync(TestVerbindingen database, params string[] argumenten)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Repository.Root, "scripts", "beheer.sh"), .. argumenten])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repository.Root,
        };
        start.Environment[DatabaseConfiguratie.OmgevingsVariabele] = database.Applicatie;
        start.Environment[DatabaseConfiguratie.EigenaarVariabele] = database.Eigenaar;
        start.Environment["PubliekeUrl"] = "http://localhost/";
        using var proces = Process.Start(start) ?? throw new InvalidOperationException("Could not start scripts/beheer.sh");
        var uitvoer = proces.StandardOutput.ReadToEndAsync();
        var fouten = proces.StandardError.ReadToEndAsync();
        await proces.WaitForExitAsync();
        return (proces.ExitCode, await uitvoer, await fouten);
    }

    private async Task<HttpStatusCode> ActiveerAsync(string code)
    {
        using var antwoord = await Aanmelding.ActiveerAsync(_http, code);
        return antwoord.StatusCode;
    }

    /// <summary>The SPA's sign-in in a fresh cookie jar: authorization code with PKCE, the sign-in page, the token.</summary>
    private async Task<string> TokenAsync(string email)
    {
        using var browser = _fabriek!.CreateClient(new() { AllowAutoRedirect = false });
        var tokens = await Aanmelding.MeldAanAsync(browser, email);
        return tokens.GetProperty("access_token").GetString()!;
    }

    private async Task<HttpResponseMessage> StuurAsync(HttpMethod methode, string pad, string token, object? inhoud = null, string? ifMatch = null)
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

        return await _http.SendAsync(verzoek);
    }

    private async Task<HttpResponseMessage> ImporteerAsync(string token, byte[] csv, bool proefrun)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/organisaties/import?proefrun={(proefrun ? "true" : "false")}");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        verzoek.Content = new ByteArrayContent(csv);
        verzoek.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var antwoord = await _http.SendAsync(verzoek);
        antwoord.StatusCode.ShouldBe(HttpStatusCode.OK, await antwoord.Content.ReadAsStringAsync());
        return antwoord;
    }

    private async Task<List<JsonElement>> ScholenAsync(string token)
    {
        // One page holds every school of an SWV (at most 500); the default page is 50.
        var scholen = await JsonAsync(await StuurAsync(HttpMethod.Get, "/api/v1/scholen?pageSize=500", token));
        return [.. scholen.GetProperty("scholen").EnumerateArray()];
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage antwoord)
    {
        using (antwoord)
        {
            antwoord.IsSuccessStatusCode.ShouldBeTrue(await antwoord.Content.ReadAsStringAsync());
            return (await antwoord.Content.ReadFromJsonAsync<JsonElement>()).Clone();
        }
    }

    [GeneratedRegex(@"^\s+(\S{20,})\s*$", RegexOptions.Multiline)]
    private static partial Regex Activatiecode();
}
