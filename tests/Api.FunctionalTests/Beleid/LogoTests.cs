using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using PassendOnderwijs.Api.Http;

namespace PassendOnderwijs.Api.FunctionalTests.Beleid;

/// <summary>The SWV's logo for documents: an image both ways, recognised by its bytes, an SVG only when inert.</summary>
public class LogoTests : ArrangementTest
{
    private const string Logo = "/api/v1/beleidsinstellingen/logo";

    /// <summary>A 1×1 PNG: the signature, then IHDR, IDAT and IEND.</summary>
    internal static readonly byte[] KleinePng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private const string VeiligeSvg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">" +
        "<style>circle { fill: teal; }</style><defs><circle id=\"c\" cx=\"5\" cy=\"5\" r=\"4\"/></defs><use xlink:href=\"#c\"/></svg>";

    private async Task<HttpResponseMessage> ZetAsync(byte[] inhoud, string mediatype, string? token = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Put, Logo);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? Beheerder);
        verzoek.Content = new ByteArrayContent(inhoud);
        verzoek.Content.Headers.ContentType = new MediaTypeHeaderValue(mediatype);
        return await Client.SendAsync(verzoek);
    }

    private async Task<HttpResponseMessage> HaalAsync(string accept = "image/*", string? ifNoneMatch = null)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, Logo);
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Medewerker);
        verzoek.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (ifNoneMatch is not null)
        {
            verzoek.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await Client.SendAsync(verzoek);
    }

    private static List<string> Codes(System.Text.Json.JsonElement probleem) =>
        [.. probleem.GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("code").GetString()!)];

    [Test]
    public async Task A_png_is_stored_and_served_with_its_own_type_an_etag_and_no_caching()
    {
        using (var gezet = await ZetAsync(KleinePng, "image/png"))
        {
            gezet.StatusCode.ShouldBe(HttpStatusCode.OK, await gezet.Content.ReadAsStringAsync());
            var json = await JsonAsync(gezet);
            json.GetProperty("mediatype").GetString().ShouldBe("image/png");
            json.GetProperty("grootte").GetInt32().ShouldBe(KleinePng.Length);
        }

        using var response = await HaalAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(KleinePng);
        response.Content.Headers.ContentDisposition!.ToString().ShouldBe("inline; filename=logo.png");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        var etag = response.Headers.ETag!.Tag;

        using var ongewijzigd = await HaalAsync("image/png", etag);
        ongewijzigd.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Test]
    public async Task An_svg_is_served_inert_under_a_policy_that_lets_nothing_load()
    {
        using (var gezet = await ZetAsync(Encoding.UTF8.GetBytes(VeiligeSvg), "image/svg+xml"))
        {
            gezet.StatusCode.ShouldBe(HttpStatusCode.OK, await gezet.Content.ReadAsStringAsync());
        }

        using var response = await HaalAsync("image/svg+xml");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        (await response.Content.ReadAsStringAsync()).ShouldBe(VeiligeSvg);
        response.Headers.GetValues("Content-Security-Policy").ShouldBe(["default-src 'none'; style-src 'unsafe-inline'"]);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Content.Headers.ContentDisposition!.ToString().ShouldBe("inline; filename=logo.svg");
    }

    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>fetch('/api/v1/leerlingen')</script></svg>")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"1\" height=\"1\"/></svg>")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://tracker.example/pixel.png\"/></svg>")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>")]
    public async Task An_svg_with_script_an_event_handler_a_foreign_object_or_an_external_reference_is_refused(string svg)
    {
        using var response = await ZetAsync(Encoding.UTF8.GetBytes(svg), "image/svg+xml");

        Codes(await ProbleemAsync(response, 400)).ShouldBe(["logo-svg-onveilig"]);
        using var geen = await HaalAsync();
        geen.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_type_is_taken_from_the_bytes_and_must_match_the_content_type()
    {
        using (var alsSvg = await ZetAsync(KleinePng, "image/svg+xml"))
        {
            var probleem = await ProbleemAsync(alsSvg, 400);
            Codes(probleem).ShouldBe(["logo-type-klopt-niet"]);
        }

        using (var gif = await ZetAsync("GIF89a\x01\0\x01\0"u8.ToArray(), "image/png"))
        {
            Codes(await ProbleemAsync(gif, 400)).ShouldBe(["logo-geen-png-of-svg"]);
        }

        using (var anderType = await ZetAsync("GIF89a"u8.ToArray(), "image/gif"))
        {
            await ProbleemAsync(anderType, 415);
        }
    }

    [Test]
    public async Task A_logo_over_256_KiB_is_a_clear_400()
    {
        var groot = new byte[(256 * 1024) + 1];
        KleinePng.CopyTo(groot, 0);

        using var response = await ZetAsync(groot, "image/png");

        Codes(await ProbleemAsync(response, 400)).ShouldBe(["logo-te-groot"]);
    }

    [Test]
    public async Task Reading_a_body_without_content_length_stops_just_past_the_limit()
    {
        using var bron = new EindelozeStroom();
        var http = new DefaultHttpContext();
        http.Request.Body = bron;

        var inhoud = await BegrensdeStroom.LeesAsync(http.Request, 256 * 1024, CancellationToken.None);

        inhoud.ShouldBeNull();
        bron.Gelezen.ShouldBeLessThanOrEqualTo((256 * 1024) + (16 * 1024), "reading stops at the first read past the limit");
    }

    [Test]
    public async Task A_client_that_takes_only_json_gets_a_406_and_without_a_logo_there_is_a_404()
    {
        using (var json = await HaalAsync("application/json"))
        {
            await ProbleemAsync(json, 406);
        }

        using var geen = await HaalAsync();
        (await ProbleemAsync(geen, 404)).GetProperty("detail").GetString().ShouldBe("Het samenwerkingsverband heeft geen logo.");
    }

    [Test]
    public async Task A_removed_logo_is_gone_and_every_change_is_audited()
    {
        (await ZetAsync(KleinePng, "image/png")).Dispose();
        (await ZetAsync(Encoding.UTF8.GetBytes(VeiligeSvg), "image/svg+xml")).Dispose();

        using (var weg = await Stuur(HttpMethod.Delete, Logo))
        {
            weg.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        using (var geen = await HaalAsync())
        {
            geen.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using (var nogmaals = await Stuur(HttpMethod.Delete, Logo))
        {
            await ProbleemAsync(nogmaals, 404);
        }

        var audit = (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?actor={BeheerderId}")).GetProperty("auditRegels").EnumerateArray()
            .Where(r => r.GetProperty("resourceSoort").GetString() == "swv-logo")
            .Select(r => r.GetProperty("actie").GetString()).ToList();
        audit.ShouldBe(["verwijderen", "wijzigen", "wijzigen"], ignoreOrder: true);
    }

    [Test]
    public async Task Only_the_swv_beheerder_changes_the_logo()
    {
        using (var medewerker = await ZetAsync(KleinePng, "image/png", Medewerker))
        {
            await ProbleemAsync(medewerker, 403);
        }

        using var school = await Stuur(HttpMethod.Get, Logo, token: IbEigen, accept: "image/*");
        await ProbleemAsync(school, 403);
    }

    /// <summary>A body that never ends and counts how much was read from it.</summary>
    private sealed class EindelozeStroom : Stream
    {
        public long Gelezen { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Gelezen; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'x');
            Gelezen += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            buffer.Span.Fill((byte)'x');
            Gelezen += buffer.Length;
            return ValueTask.FromResult(buffer.Length);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
