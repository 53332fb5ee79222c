using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Documenten;

/// <summary>The pupil's documents: recognised by their bytes, served as attachments, seen by whoever sees the pupil, audited.</summary>
public class DocumentTests : ArrangementTest
{
    /// <summary>The smallest PDF a reader opens: header, catalog, trailer.</summary>
    internal static readonly byte[] KleinePdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    private static readonly byte[] Exe = [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, .. "This program cannot be run in DOS mode."u8];
    private static readonly byte[] Html = "<!DOCTYPE html><html><body><script>fetch('/api/v1/leerlingen')</script></body></html>"u8.ToArray();
    private static readonly byte[] Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"u8.ToArray();

    private string Documenten(Guid? leerling = null) => $"/api/v1/leerlingen/{leerling ?? LeerlingId}/documenten";

    private async Task<HttpResponseMessage> UploadAsync(byte[] inhoud, string mediatype, string? naam, string token, Guid? leerling = null, string query = "")
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, Documenten(leerling) + query);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        verzoek.Content = new ByteArrayContent(inhoud);
        verzoek.Content.Headers.ContentType = new MediaTypeHeaderValue(mediatype);
        if (naam is not null)
        {
            verzoek.Content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = naam };
        }

        return await Client.SendAsync(verzoek);
    }

    private async Task<JsonElement> UploadOkAsync(byte[] inhoud, string naam = "verslag.pdf", string? token = null, string query = "")
    {
        using var response = await UploadAsync(inhoud, "application/pdf", naam, token ?? IbEigen, query: query);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    private async Task<HttpResponseMessage> DownloadAsync(Guid id, string token, string? ifNoneMatch = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/documenten/{id}");
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (ifNoneMatch is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await Client.SendAsync(verzoek);
    }

    private async Task<List<JsonElement>> LijstAsync(string token, string query = "") =>
        [.. (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, Documenten() + query, token: token)).GetProperty("documenten").EnumerateArray()];

    private static List<string> Codes(JsonElement probleem) =>
        [.. probleem.GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("code").GetString()!)];

    [Test]
    public async Task An_upload_is_downloaded_byte_for_byte_as_an_attachment_with_its_type_its_sha256_and_nosniff()
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(KleinePdf));
        Guid id;
        using (var geupload = await UploadAsync(KleinePdf, "application/pdf", "Verslag groep 5 – Sanne.pdf", IbEigen))
        {
            geupload.StatusCode.ShouldBe(HttpStatusCode.Created, await geupload.Content.ReadAsStringAsync());
            var document = await JsonAsync(geupload);
            id = document.GetProperty("id").GetGuid();
            geupload.Headers.Location!.ToString().ShouldBe($"/api/v1/documenten/{id}");
            document.GetProperty("leerlingId").GetGuid().ShouldBe(LeerlingId);
            document.GetProperty("bestandsnaam").GetString().ShouldBe("Verslag groep 5 – Sanne.pdf");
            document.GetProperty("soort").GetString().ShouldBe("pdf");
            document.GetProperty("mediatype").GetString().ShouldBe("application/pdf");
            document.GetProperty("grootte").GetInt64().ShouldBe(KleinePdf.Length);
            document.GetProperty("sha256").GetString().ShouldBe(sha);
            document.GetProperty("herkomst").GetString().ShouldBe("upload");
            document.TryGetProperty("zaak", out _).ShouldBeFalse("a document of no case has no zaak");
            document.GetProperty("ontvangenDoor").GetProperty("naam").GetString().ShouldBe("Test SchoolMedewerker");
        }

        // SWV staff see every pupil's documents; the school that uploaded sees its own.
        using (var download = await DownloadAsync(id, Medewerker))
        {
            download.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await download.Content.ReadAsByteArrayAsync()).ShouldBe(KleinePdf);
            download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
            var dispositie = download.Content.Headers.ContentDisposition!;
            dispositie.DispositionType.ShouldBe("attachment");
            dispositie.FileNameStar.ShouldBe("Verslag groep 5 – Sanne.pdf");
            dispositie.FileName!.ShouldNotContain("–", Case.Sensitive, "the plain filename is ASCII; the real name is in filename*");
            download.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
            download.Headers.ETag!.Tag.ShouldBe($"\"{sha}\"");
        }

        using (var ongewijzigd = await DownloadAsync(id, IbEigen, $"\"{sha}\""))
        {
            ongewijzigd.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        }

        var lijst = await LijstAsync(IbEigen);
        lijst.ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(id);
    }

    [Test]
    public async Task A_file_is_refused_by_what_its_bytes_are_whatever_its_name_or_declared_type()
    {
        using (var exe = await UploadAsync(Exe, "application/pdf", "verslag.pdf", IbEigen))
        {
            var probleem = await ProbleemAsync(exe, 400);
            Codes(probleem).ShouldBe(["documentsoort-niet-toegestaan"]);
            probleem.GetProperty("detail").GetString()!.ShouldContain("programma");
        }

        using (var html = await UploadAsync(Html, "application/octet-stream", "brief.pdf", IbEigen))
        {
            Codes(await ProbleemAsync(html, 400)).ShouldBe(["documentsoort-niet-toegestaan"]);
        }

        using (var svg = await UploadAsync(Svg, "image/png", "logo.png", IbEigen))
        {
            Codes(await ProbleemAsync(svg, 400)).ShouldBe(["documentsoort-niet-toegestaan"]);
        }

        // Declared as what they are, HTML and SVG are no document type at all.
        using (var alsHtml = await UploadAsync(Html, "text/html", "brief.html", IbEigen))
        {
            await ProbleemAsync(alsHtml, 415);
        }

        using (var alsSvg = await UploadAsync(Svg, "image/svg+xml", "logo.svg", IbEigen))
        {
            await ProbleemAsync(alsSvg, 415);
        }

        using (var leeg = await UploadAsync([], "application/pdf", "leeg.pdf", IbEigen))
        {
            Codes(await ProbleemAsync(leeg, 400)).ShouldBe(["document-leeg"]);
        }

        (await LijstAsync(IbEigen)).ShouldBeEmpty("nothing refused is stored");
    }

    [Test]
    public async Task A_file_over_ten_megabytes_is_a_413_problem_and_one_of_exactly_ten_is_kept()
    {
        var precies = new byte[10 * 1024 * 1024];
        KleinePdf.CopyTo(precies, 0);

        using (var teGroot = await UploadAsync([.. precies, 0], "application/pdf", "groot.pdf", IbEigen))
        {
            Codes(await ProbleemAsync(teGroot, 413)).ShouldBe(["document-te-groot"]);
        }

        (await UploadOkAsync(precies, "precies.pdf")).GetProperty("grootte").GetInt64().ShouldBe(precies.Length);
    }

    [Test]
    public async Task Another_schools_staff_can_neither_add_nor_list_nor_download_and_an_expert_only_while_involved()
    {
        var id = (await UploadOkAsync(KleinePdf)).GetProperty("id").GetGuid();

        using (var upload = await UploadAsync(KleinePdf, "application/pdf", "x.pdf", IbAnder))
        {
            (await ProbleemAsync(upload, 404)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:leerling-onbekend");
        }

        await Verwacht(HttpStatusCode.NotFound, HttpMethod.Get, Documenten(), token: IbAnder);
        using (var download = await DownloadAsync(id, IbAnder))
        {
            (await ProbleemAsync(download, 404)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:document-onbekend");
        }

        using (var nietBetrokken = await DownloadAsync(id, Expert))
        {
            await ProbleemAsync(nietBetrokken, 404);
        }

        await MaakExpertBetrokkenAsync();
        using var betrokken = await DownloadAsync(id, Expert);
        betrokken.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await betrokken.Content.ReadAsByteArrayAsync()).ShouldBe(KleinePdf);

        // The other school's pupil is no pupil of this school's staff either way.
        var andere = await RegistreerLeerlingAsync("Noah", AndereVestiging, IbAnder);
        using var vreemd = await UploadAsync(KleinePdf, "application/pdf", "x.pdf", IbEigen, andere);
        await ProbleemAsync(vreemd, 404);
    }

    [Test]
    public async Task Every_upload_list_and_download_is_on_the_pupils_audit_log()
    {
        var id = (await UploadOkAsync(KleinePdf)).GetProperty("id").GetGuid();
        await LijstAsync(Medewerker);
        using (var download = await DownloadAsync(id, Medewerker))
        {
            download.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var audit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}")).GetProperty("auditRegels").EnumerateArray()
            .Where(r => r.GetProperty("resourceSoort").GetString() == "document")
            .Select(r => (r.GetProperty("actie").GetString(), r.GetProperty("resourceId").GetString(), r.GetProperty("actorNaam").GetString()))
            .ToList();
        audit.ShouldContain(("aanmaken", id.ToString(), "Test SchoolMedewerker"));
        audit.ShouldContain(("lezen", LeerlingId.ToString(), "Test SwvMedewerker"), "the list, against the pupil");
        audit.ShouldContain(("lezen", id.ToString(), "Test SwvMedewerker"), "the download");
    }

    [Test]
    public async Task A_document_belongs_to_a_case_of_the_same_pupil_only()
    {
        var (arrangement, _) = await VraagAanAsync();
        var document = await UploadOkAsync(KleinePdf, query: $"?arrangementId={arrangement}");
        document.GetProperty("zaak").GetProperty("soort").GetString().ShouldBe("arrangement");
        document.GetProperty("zaak").GetProperty("id").GetGuid().ShouldBe(arrangement);
        await UploadOkAsync(KleinePdf, "los.pdf");

        (await LijstAsync(IbEigen, $"?arrangementId={arrangement}")).ShouldHaveSingleItem().GetProperty("bestandsnaam").GetString().ShouldBe("verslag.pdf");
        (await LijstAsync(IbEigen)).Count.ShouldBe(2);

        var tweede = await RegistreerLeerlingAsync("Daan", EigenVestiging, IbEigen);
        var (vanTweede, _) = await VraagAanAsync(tweede);
        using (var andereLeerling = await UploadAsync(KleinePdf, "application/pdf", "x.pdf", IbEigen, query: $"?arrangementId={vanTweede}"))
        {
            var probleem = await ProbleemAsync(andereLeerling, 422);
            probleem.GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:zaak-van-andere-leerling");
        }

        using (var onbekend = await UploadAsync(KleinePdf, "application/pdf", "x.pdf", IbEigen, query: $"?oppId={Guid.CreateVersion7()}"))
        {
            (await ProbleemAsync(onbekend, 422)).GetProperty("type").GetString().ShouldBe("urn:passendonderwijs:probleem:zaak-onbekend");
        }

        // Every problem at once: a program, and two cases named.
        using (var tweeZaken = await UploadAsync(Exe, "application/pdf", "x.pdf", IbEigen, query: $"?arrangementId={arrangement}&oppId={Guid.CreateVersion7()}"))
        {
            Codes(await ProbleemAsync(tweeZaken, 400)).ShouldBe(["documentsoort-niet-toegestaan", "een-zaak"], ignoreOrder: true);
        }

        (await LijstAsync(IbEigen)).Count.ShouldBe(2, "nothing refused is stored");
    }
}
