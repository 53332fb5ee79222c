using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace PassendOnderwijs.Api.FunctionalTests.Ontwikkelingsperspectiefplannen;

/// <summary>
/// The PDF of an OPP version through the API: the school of Sanne gets it with the plan's labels and the linked
/// arrangement by name, the same bytes each time and every download audited against the pupil; another school and
/// SWV staff without an arrangement or TLV of the pupil get 404, as for the OPP itself; so does a version the plan lacks.
/// </summary>
public partial class OppPdfTests : ArrangementTest
{
    private const string OppPad = "/api/v1/ontwikkelingsperspectiefplannen";

    [Test]
    public async Task The_school_gets_the_version_as_a_pdf_the_same_bytes_each_time_and_each_download_audited()
    {
        var (arrangementId, _) = await VraagAanAsync();
        var id = await VastgesteldAsync(arrangementId);
        var gelezen = await GelezenAsync(id);

        using var response = await PdfAsync(id, 1, IbEigen);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.ToString().ShouldBe("inline; filename=opp-Sanne-Test-v1.pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var tekst = Tekst(bytes);
        tekst.ShouldContain("Ontwikkelingsperspectiefplan");
        tekst.ShouldContain("Leerling Sanne Test");
        tekst.ShouldContain("School De Regenboog (vestiging 12AB00)");
        tekst.ShouldContain("Soort school Basisonderwijs");
        tekst.ShouldContain("Status Vastgesteld op 21 november 2026 door");
        tekst.ShouldContain("Uitstroombestemming Vmbo kaderberoepsgerichte leerweg");
        tekst.ShouldContain("Lange termijn: • Technisch lezen: Leest eind groep 8 op AVI-niveau E6.");
        tekst.ShouldContain("Arrangement Onderwijsarrangement, van 1 november 2026 tot en met 15 juli 2027");
        tekst.ShouldContain("Instemming Gegeven Datum 20 november 2026 Door Vader van Sanne Hoe Op papier ondertekend");
        tekst.ShouldNotContain(arrangementId.ToString());

        using var opnieuw = await PdfAsync(id, 1, IbEigen);
        (await opnieuw.Content.ReadAsByteArrayAsync()).ShouldBe(bytes);
        (await GelezenAsync(id)).ShouldBe(gelezen + 2, "each download is in the audit log, against the pupil");
    }

    [Test]
    public async Task Whoever_may_not_read_the_plan_and_a_version_it_lacks_get_404()
    {
        var id = await VastgesteldAsync(arrangementId: null);

        foreach (var token in (string[])[IbAnder, Medewerker])
        {
            using var response = await PdfAsync(id, 1, token);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using var onbekend = await PdfAsync(id, 7, IbEigen);
        onbekend.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await onbekend.Content.ReadAsStringAsync()).ShouldContain("opp-versie-onbekend");

        await VraagAanAsync();
        using var swv = await PdfAsync(id, 1, Medewerker);
        swv.StatusCode.ShouldBe(HttpStatusCode.OK, "SWV staff read the plan once the pupil has an arrangement");
    }

    private Task<HttpResponseMessage> PdfAsync(Guid id, int versie, string token) =>
        Stuur(HttpMethod.Get, $"{OppPad}/{id}/versies/{versie}/pdf", token: token, accept: "application/pdf");

    /// <summary>Sanne's plan, filled in, consulted, heard, consented to and vastgesteld (version 1).</summary>
    private async Task<Guid> VastgesteldAsync(Guid? arrangementId)
    {
        using var start = await Stuur(HttpMethod.Post, OppPad, new { leerlingId = LeerlingId, aanleiding = "extra-ondersteuning", startdatum = "2026-11-01" }, IbEigen);
        start.StatusCode.ShouldBe(HttpStatusCode.Created, await start.Content.ReadAsStringAsync());
        var id = (await JsonAsync(start)).GetProperty("id").GetGuid();
        var etag = start.Headers.ETag!.Tag;
        using (var concept = new HttpRequestMessage(HttpMethod.Put, $"{OppPad}/{id}/concept"))
        {
            concept.Headers.Authorization = new AuthenticationHeaderValue("Bearer", IbEigen);
            concept.Headers.TryAddWithoutValidation("If-Match", etag);
            concept.Content = JsonContent.Create(new
            {
                uitstroombestemming = "vmbo-kb",
                onderbouwingUitstroom = "Rekenen gaat op niveau; lezen blijft twee jaar achter.",
                bevorderendeFactoren = "Gemotiveerd.",
                belemmerendeFactoren = "Leesachterstand.",
                handelingsdeel = new
                {
                    doelen = new[]
                    {
                        new { termijn = "lange-termijn", domein = "Technisch lezen", omschrijving = "Leest eind groep 8 op AVI-niveau E6." },
                        new { termijn = "korte-termijn", domein = "Technisch lezen", omschrijving = "Leest in maart op AVI-niveau M6." },
                    },
                    ondersteuning = new[] { new { wat = "Leesbegeleiding", doorWie = "Leesspecialist", omvang = "Twee keer per week", arrangementId } },
                    evaluatiemomenten = new[] { "2027-03-01" },
                },
            });
            using var bijgewerkt = await Client.SendAsync(concept);
            bijgewerkt.StatusCode.ShouldBe(HttpStatusCode.OK, await bijgewerkt.Content.ReadAsStringAsync());
            etag = bijgewerkt.Headers.ETag!.Tag;
        }

        etag = await OppStapAsync(id, "overleg", etag, new { datum = "2026-11-20", deelnemers = "Ouders", uitkomst = "Eens." });
        etag = await OppStapAsync(id, "hoorrecht", etag, new { gehoord = true, datum = "2026-11-20", toelichting = "Sanne wil rustig lezen." });
        etag = await OppStapAsync(id, "instemming", etag, new { versienummer = 1, gegeven = true, datum = "2026-11-20", ouder = "Vader van Sanne", wijze = "op-papier" });
        await OppStapAsync(id, "vaststelling", etag, new { vastgesteldOp = "2026-11-21" });
        return id;
    }

    private async Task<string> OppStapAsync(Guid id, string stap, string etag, object inhoud)
    {
        using var response = await StapOpAsync($"{OppPad}/{id}/{stap}", etag, inhoud, IbEigen);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{stap}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.ETag!.Tag;
    }

    /// <summary>How often the audit log of the pupil records a read of this OPP.</summary>
    private async Task<int> GelezenAsync(Guid id)
    {
        var audit = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}");
        return audit.GetProperty("auditRegels").EnumerateArray().Count(r =>
            r.GetProperty("resourceSoort").GetString() == "ontwikkelingsperspectiefplan" && r.GetProperty("actie").GetString() == "lezen"
            && r.GetProperty("resourceId").GetString() == id.ToString());
    }

    private static string Tekst(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Join(' ', pdf.GetPages().Select(p => Witruimte().Replace(ContentOrderTextExtractor.GetText(p), " ").Trim()));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Witruimte();
}
