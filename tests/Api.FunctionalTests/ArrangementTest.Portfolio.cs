using System.Net;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests;

public abstract partial class ArrangementTest
{
    private readonly Dictionary<Functie, string> functieTokens = [];

    [SetUp]
    public void VergeetFunctieTokens() => functieTokens.Clear();

    /// <summary>
    /// The token of PO2705's regionaal procesbegeleider (a medewerker with that functie), who plans besprekingen, records
    /// outcomes and links experts; registered on first use in a test.
    /// </summary>
    protected Task<string> ProcesbegeleiderAsync() => MetFunctieAsync("pim@swv.nl", Functie.RegionaalProcesbegeleider);

    /// <summary>The token of PO2705's beleidsmedewerker, who keeps the expertboek, the middelen and the projecten.</summary>
    protected Task<string> BeleidsmedewerkerAsync() => MetFunctieAsync("bella@swv.nl", Functie.Beleidsmedewerker);

    /// <summary>The token of PO2705's manager ondersteuning, the only one who reads individual tevredenheid answers.</summary>
    protected Task<string> ManagerOndersteuningAsync() => MetFunctieAsync("mila@swv.nl", Functie.ManagerOndersteuning);

    private async Task<string> MetFunctieAsync(string email, Functie functie)
    {
        if (!functieTokens.TryGetValue(functie, out var token))
        {
            await Aanmelding.RegistreerMetFunctiesAsync(email, functie);
            token = await Aanmelding.AccessTokenAsync(email);
            functieTokens[functie] = token;
        }

        return token;
    }

    /// <summary>
    /// A casus of the own school that the lokaal netwerk gave the outcome inzet van een expert: what a school starts an
    /// expert inzet from. Brought in by the IB'er, put on a bespreking and decided by the procesbegeleider, through the API.
    /// </summary>
    protected async Task<Guid> CasusMetInzetExpertAsync(string expertisegebied = "gedrag")
    {
        using var ingebracht = await Stuur(HttpMethod.Post, "/api/v1/casussen", new
        {
            ondersteuningsvraag = "Hoe begeleiden we een leerling die vastloopt in de grote groep?",
            leerjaarband = "groep-5-6",
            geprobeerd = "Een vaste werkplek en een dagritme op het bord.",
            expertisegebied,
        }, IbEigen);
        ingebracht.StatusCode.ShouldBe(HttpStatusCode.Created, await ingebracht.Content.ReadAsStringAsync());
        var id = (await JsonAsync(ingebracht)).GetProperty("id").GetGuid();
        var bespreking = (await Verwacht(HttpStatusCode.Created, HttpMethod.Post, "/api/v1/netwerkbesprekingen",
            new { regio = "Noord", lokaalNetwerk = "Noord-West", datum = "2026-12-08", aanwezigen = new[] { "intern-begeleider", "regionaal-procesbegeleider" } },
            await ProcesbegeleiderAsync())).GetProperty("id").GetGuid();
        var etag = ingebracht.Headers.ETag!.Tag;
        foreach (var (stap, inhoud) in new (string, object)[]
        {
            ("bespreking", new { besprekingId = bespreking }),
            ("uitkomst", new { soort = "inzet-expert", expertisegebied, advies = "Een expert kijkt mee in de klas." }),
        })
        {
            using var gezet = await StapOpAsync($"/api/v1/casussen/{id}/{stap}", etag, inhoud, await ProcesbegeleiderAsync());
            gezet.StatusCode.ShouldBe(HttpStatusCode.OK, $"{stap}: {await gezet.Content.ReadAsStringAsync()}");
            etag = gezet.Headers.ETag!.Tag;
        }

        return id;
    }
}
