using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Ontwikkelingsperspectiefplannen;

/// <summary>
/// Tests on OPP's, on the set-up of <see cref="ArrangementTest"/>: a complete plan's content, and the school of the pupil
/// (the IB'er of De Regenboog, a regular primary school) starting a plan and taking its steps.
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

    protected object StartVerzoek(Guid? leerling = null, string startdatum = "2026-11-01") =>
        new { leerlingId = leerling ?? LeerlingId, aanleiding = "extra-ondersteuning", startdatum };

    /// <summary>The school (De Regenboog unless <paramref name="school"/>) starts a plan for <paramref name="leerling"/> (Sanne if none); returns its id and ETag.</summary>
    protected async Task<(Guid Id, string Etag)> StartOppAsync(Guid? leerling = null, string startdatum = "2026-11-01", string? school = null)
    {
        using var response = await Stuur(HttpMethod.Post, OppPad, StartVerzoek(leerling, startdatum), school ?? IbEigen);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return ((await JsonAsync(response)).GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    /// <summary>
    /// A complete plan, the overleg, the hoorrecht and the ouders' instemming on <paramref name="overleg"/>, vastgesteld
    /// on <paramref name="vastgesteldOp"/>; returns the ETag.
    /// </summary>
    protected async Task<string> StelOppVastAsync(
        Guid id, string etag, string overleg = "2026-11-20", string vastgesteldOp = "2026-11-21", string? school = null)
    {
        etag = await WerkOppBijAsync(id, etag, Inhoud, school);
        etag = await ZetOppStapAsync(id, "overleg", etag, new { datum = overleg, deelnemers = "Ouders", uitkomst = "Eens." }, school);
        etag = await ZetOppStapAsync(id, "hoorrecht", etag, new { gehoord = false, toelichting = "De leerling wilde er niet over praten; de leerkracht vroeg het twee keer." }, school);
        etag = await ZetOppStapAsync(id, "instemming", etag, new { versienummer = 1, gegeven = true, datum = overleg, ouder = "Vader", wijze = "op-papier" }, school);
        return await ZetOppStapAsync(id, "vaststelling", etag, new { vastgesteldOp }, school);
    }

    /// <summary>A plan started on 1 November and vastgesteld on 21 November 2026, handelingsdeel and all.</summary>
    protected async Task<(Guid Id, string Etag)> VastgesteldAsync(Guid? leerling = null, string? school = null)
    {
        var (id, etag) = await StartOppAsync(leerling, school: school);
        return (id, await StelOppVastAsync(id, etag, school: school));
    }

    /// <summary>A step on the plan, by the school's IB'er unless <paramref name="token"/> names someone else (another school, a LAS).</summary>
    protected Task<HttpResponseMessage> OppStapAsync(Guid id, string stap, string? ifMatch, object? inhoud, string? token = null) =>
        StapOpAsync($"{OppPad}/{id}/{stap}", ifMatch, inhoud, token ?? IbEigen);

    protected async Task<string> ZetOppStapAsync(Guid id, string stap, string etag, object? inhoud, string? token = null)
    {
        using var response = await OppStapAsync(id, stap, etag, inhoud, token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{stap}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.ETag!.Tag;
    }

    protected async Task<HttpResponseMessage> PutConceptAsync(Guid id, string etag, object inhoud, string? school = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Put, $"{OppPad}/{id}/concept");
        verzoek.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", school ?? IbEigen);
        verzoek.Headers.TryAddWithoutValidation("If-Match", etag);
        verzoek.Content = JsonContent.Create(inhoud);
        return await Client.SendAsync(verzoek);
    }

    protected async Task<string> WerkOppBijAsync(Guid id, string etag, object inhoud, string? school = null)
    {
        using var response = await PutConceptAsync(id, etag, inhoud, school);
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
