using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Infrastructure.Persistence;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace PassendOnderwijs.Api.FunctionalTests.Ouders;

/// <summary>
/// Issue 19 item 4: the ouder takes the whole "wie heeft de gegevens van mijn kind bekeken" as a file, CSV for a
/// spreadsheet or PDF to keep, for instance for an AVG inzageverzoek. Told as in the portal (role and organisation,
/// never a staff member's name); taking the file is in the log too; another family's child does not exist.
/// </summary>
public partial class OuderInzageExportTests : ArrangementTest
{
    private const string Kinderen = "/api/v1/ouderportaal/kinderen";

    private static string Export(Guid kind) => $"{Kinderen}/{kind}/inzagen/export";

    [Test]
    public async Task An_ouder_downloads_the_whole_log_as_csv_and_pdf_and_both_are_logged_while_another_family_gets_404()
    {
        var bram = await RegistreerLeerlingAsync("Bram", EigenVestiging, IbEigen);
        var (_, ouder) = await NodigUitEnActiveerAsync(LeerlingId, "ouder.export@voorbeeld.nl", "Olga Ouder");
        var (_, anderGezin) = await NodigUitEnActiveerAsync(bram, "ander.export@voorbeeld.nl", "Ander Gezin");
        await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: IbEigen);
        await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/leerlingen/{LeerlingId}", token: Medewerker);
        // More than a page of the portal: the file holds the whole log, not the first 50.
        for (var i = 0; i < 55; i++)
        {
            await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"{Kinderen}/{LeerlingId}", token: ouder);
        }

        using (var csv = await Stuur(HttpMethod.Get, Export(LeerlingId), token: ouder, accept: "text/csv"))
        {
            csv.StatusCode.ShouldBe(HttpStatusCode.OK, await csv.Content.ReadAsStringAsync());
            csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
            csv.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldStartWith("inzagen-");
            var bytes = await csv.Content.ReadAsByteArrayAsync();
            bytes[..3].ShouldBe(Encoding.UTF8.GetPreamble(), "a BOM, so Excel reads é as é");
            var regels = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            regels[0].ShouldBe("Wanneer;Wie;Organisatie;Wat;Welke gegevens;Waarom");
            regels.ShouldContain(r => r.Contains("Intern begeleider of zorgcoördinator van de school;De Regenboog;Bekeken;De gegevens van uw kind;", StringComparison.Ordinal));
            regels.ShouldContain(r => r.Contains("Medewerker van het samenwerkingsverband;SWV Test;Bekeken;", StringComparison.Ordinal));
            regels.Count(r => r.Contains(";U zelf;;Bekeken;De gegevens van uw kind;", StringComparison.Ordinal)).ShouldBe(55);
            var alles = string.Join('\n', regels);
            alles.ShouldNotContain("Test SchoolMedewerker");
            alles.ShouldNotContain("Bram");
        }

        using (var pdf = await Stuur(HttpMethod.Get, Export(LeerlingId), token: ouder, accept: "application/pdf"))
        {
            pdf.StatusCode.ShouldBe(HttpStatusCode.OK, await pdf.Content.ReadAsStringAsync());
            pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
            pdf.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldStartWith("inzagen-Sanne-");
            var paginas = Paginas(await pdf.Content.ReadAsByteArrayAsync());
            paginas.Count.ShouldBeGreaterThan(1);
            paginas[0].ShouldContain("Wie heeft de gegevens van Sanne");
            paginas[0].ShouldContain("Gemaakt op");
            paginas[0].ShouldContain("Wanneer Wie Wat Waarom");
            var alles = string.Join(' ', paginas);
            alles.ShouldContain("Intern begeleider of zorgcoördinator van de school, De Regenboog");
            alles.ShouldContain("Bekeken: de gegevens van uw kind");
            alles.ShouldContain($"Pagina {paginas.Count} van {paginas.Count}");
            alles.ShouldNotContain("Test SchoolMedewerker");
            // The header row again on every page the table continues on.
            paginas[^1].ShouldContain("Wanneer Wie Wat Waarom");
        }

        // Both files are in the child's log, as exports by the ouder; the school sees them in its audit log.
        var audit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}&resourceSoort=auditlog"))
            .GetProperty("auditRegels").EnumerateArray()
            .Select(r => (r.GetProperty("actie").GetString(), r.GetProperty("actorNaam").GetString())).ToList();
        audit.Count(r => r == ("exporteren", "Olga Ouder")).ShouldBe(2);

        using (var ander = await Stuur(HttpMethod.Get, Export(LeerlingId), token: anderGezin, accept: "text/csv"))
        {
            (await ProbleemAsync(ander, 404)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:leerling-onbekend");
        }

        using (var anderPdf = await Stuur(HttpMethod.Get, Export(LeerlingId), token: anderGezin, accept: "application/pdf"))
        {
            await ProbleemAsync(anderPdf, 404);
        }

        using var json = await Stuur(HttpMethod.Get, Export(LeerlingId), token: ouder, accept: "application/json");
        json.StatusCode.ShouldBe(HttpStatusCode.NotAcceptable);
    }

    [Test]
    public async Task A_log_longer_than_a_pdf_holds_comes_whole_as_csv_a_batch_at_a_time_and_the_pdf_is_refused_with_advice()
    {
        var (_, ouder) = await NodigUitEnActiveerAsync(LeerlingId, "ouder.lang@voorbeeld.nl", "Lange Lijst");
        // Ten batches and one more record, each a minute apart: a record lost or read twice at a batch's edge shows.
        const int Aantal = 5_001;
        var begin = new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);
        await using (var scope = TestOmgeving.Fabriek.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
            for (var i = 0; i < Aantal; i++)
            {
                db.AuditRegels.Add(AuditRegel.Leg(begin.AddMinutes(i), "PO2705", ("client", "las-lang", "Het LAS"), null, AuditActie.Lezen,
                    ("leerling", LeerlingId.ToString(), LeerlingId), "Leerlingbegeleiding", null, null));
            }

            await db.SaveChangesAsync();
        }

        using (var csv = await Stuur(HttpMethod.Get, Export(LeerlingId), token: ouder, accept: "text/csv"))
        {
            csv.StatusCode.ShouldBe(HttpStatusCode.OK);
            var regels = Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            var vanHetLas = regels.Where(r => r.Contains(";Het LAS (gekoppeld systeem);", StringComparison.Ordinal)).ToList();
            vanHetLas.Count.ShouldBe(Aantal);
            vanHetLas.Distinct().Count().ShouldBe(Aantal);
            // Newest first, in Dutch time (winter: UTC+1).
            vanHetLas[0].ShouldStartWith("08-01-2026 20:20:00;");
            vanHetLas[^1].ShouldStartWith("05-01-2026 09:00:00;");
        }

        using var pdf = await Stuur(HttpMethod.Get, Export(LeerlingId), token: ouder, accept: "application/pdf");
        var probleem = await ProbleemAsync(pdf, 400);
        probleem.GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("te-lang-voor-pdf");
        probleem.GetProperty("errors")[0].GetProperty("detail").GetString().ShouldBe(
            "Deze lijst heeft meer dan 5000 regels. Dat is te lang voor een PDF. Download de lijst als CSV-bestand.");
    }

    /// <summary>The text of each page, line breaks from wrapping as spaces.</summary>
    private static List<string> Paginas(byte[] pdfBytes)
    {
        using var pdf = PdfDocument.Open(pdfBytes);
        return [.. pdf.GetPages().Select(p => Witruimte().Replace(ContentOrderTextExtractor.GetText(p), " ").Trim())];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Witruimte();
}
