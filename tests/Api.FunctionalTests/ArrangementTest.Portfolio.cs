using System.Net;
using PassendOnderwijs.Api.FunctionalTests.Identiteit;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Api.FunctionalTests;

public abstract partial class ArrangementTest
{
    private string? procesbegeleider;

    [SetUp]
    public void VergeetProcesbegeleider() => procesbegeleider = null;

    /// <summary>
    /// The token of PO2705's regionaal procesbegeleider (a medewerker with that functie), who plans besprekingen, records
    /// outcomes and links experts; registered on first use in a test.
    /// </summary>
    protected async Task<string> ProcesbegeleiderAsync()
    {
        if (procesbegeleider is null)
        {
            await Aanmelding.RegistreerMetFunctiesAsync("pim@swv.nl", Functie.RegionaalProcesbegeleider);
            procesbegeleider = await Aanmelding.AccessTokenAsync("pim@swv.nl");
        }

        return procesbegeleider;
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
