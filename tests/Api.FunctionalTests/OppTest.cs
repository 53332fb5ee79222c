using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests;

/// <summary>
/// Tests on ontwikkelingsperspectiefplannen, on the set-up of <see cref="ArrangementTest"/>: the school of the pupil
/// (by default Sanne at De Regenboog, a regular primary school) starts and sets plans through the API.
/// </summary>
public abstract class OppTest : ArrangementTest
{
    protected const string OppPad = "/api/v1/ontwikkelingsperspectiefplannen";

    protected static readonly object Inhoud = new
    {
        uitstroombestemming = "vmbo-kb",
        onderbouwingUitstroom = "Rekenen gaat op niveau; lezen blijft twee jaar achter.",
        bevorderendeFactoren = "Gemotiveerd, goede band met de leerkracht.",
        belemmerendeFactoren = "Leesachterstand, snel overprikkeld in de grote groep.",
        afwijkingen = new[] { new { vakgebied = "Rekenen", leerlijn = "Eigen leerlijn", niveau = "Eind groep 6" } },
        handelingsdeel = new
        {
            doelen = new[]
            {
                new { termijn = "lange-termijn", domein = "Technisch lezen", omschrijving = "Leest eind groep 8 op AVI-niveau E6." },
                new { termijn = "korte-termijn", domein = "Technisch lezen", omschrijving = "Leest in maart op AVI-niveau M6." },
            },
            ondersteuning = new[] { new { wat = "Individuele leesbegeleiding", doorWie = "Leesspecialist", omvang = "Twee keer per week een half uur" } },
            evaluatiemomenten = new[] { "2027-03-01", "2027-06-15" },
        },
    };

    protected object Start(Guid? leerling = null) => new { leerlingId = leerling ?? LeerlingId, aanleiding = "extra-ondersteuning", startdatum = "2026-11-01" };

    /// <summary>The school of the pupil (by default Sanne, at De Regenboog) starts a plan: an empty concept.</summary>
    protected async Task<(Guid Id, string Etag)> StartAsync(Guid? leerling = null, string? school = null)
    {
        using var response = await Stuur(HttpMethod.Post, OppPad, Start(leerling), school ?? IbEigen);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return ((await JsonAsync(response)).GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    /// <summary>A plan started and vastgesteld on 21 November 2026, handelingsdeel and all.</summary>
    protected async Task<(Guid Id, string Etag)> VastgesteldAsync(Guid? leerling = null, string? school = null)
    {
        var (id, etag) = await StartAsync(leerling, school);
        etag = await WerkBijAsync(id, etag, Inhoud, school);
        etag = await ZetOppStapAsync(id, "overleg", etag, new { datum = "2026-11-20", deelnemers = "Ouders", uitkomst = "Eens." }, school);
        etag = await ZetOppStapAsync(id, "hoorrecht", etag, new { gehoord = false, toelichting = "Sanne wilde er niet over praten; de leerkracht vroeg het twee keer." }, school);
        etag = await ZetOppStapAsync(id, "instemming", etag, new { versienummer = 1, gegeven = true, datum = "2026-11-20", ouder = "Vader van Sanne", wijze = "op-papier" }, school);
        return (id, await ZetOppStapAsync(id, "vaststelling", etag, new { vastgesteldOp = "2026-11-21" }, school));
    }

    protected Task<HttpResponseMessage> OppStapAsync(Guid id, string stap, string? ifMatch, object? inhoud, string? token = null) =>
        StapOpAsync($"{OppPad}/{id}/{stap}", ifMatch, inhoud, token ?? IbEigen);

    protected async Task<string> ZetOppStapAsync(Guid id, string stap, string etag, object? inhoud, string? token = null)
    {
        using var response = await OppStapAsync(id, stap, etag, inhoud, token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{stap}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.ETag!.Tag;
    }

    protected async Task<HttpResponseMessage> PutAsync(Guid id, string etag, object inhoud, string? school = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Put, $"{OppPad}/{id}/concept");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", school ?? IbEigen);
        verzoek.Headers.TryAddWithoutValidation("If-Match", etag);
        verzoek.Content = JsonContent.Create(inhoud);
        return await Client.SendAsync(verzoek);
    }

    protected async Task<string> WerkBijAsync(Guid id, string etag, object inhoud, string? school = null)
    {
        using var response = await PutAsync(id, etag, inhoud, school);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return response.Headers.ETag!.Tag;
    }

    protected async Task<(JsonElement Opp, string Etag)> HaalOppOpAsync(Guid id)
    {
        using var response = await Stuur(HttpMethod.Get, $"{OppPad}/{id}", token: IbEigen);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response), response.Headers.ETag!.Tag);
    }
}
