using System.Net;
using System.Text.Json;

namespace PassendOnderwijs.Api.FunctionalTests.Begeleidingsaanbod;

/// <summary>
/// The list and the copy read slim rows projected in the query, the detail reads the aggregate: with every field
/// filled, an aanbieder must read the same through all three, byte for byte.
/// </summary>
public class AanbiederLijstrijTests : AanbiederTest
{
    [Test]
    public async Task An_aanbieder_with_every_field_filled_reads_the_same_in_the_list_the_copy_and_the_detail()
    {
        using var registratie = await Stuur(HttpMethod.Post, Pad, new
        {
            code = "600A001",
            naam = "Lijstrij Ambulante Dienst",
            internationaleNaam = "List Row Ambulatory Service",
            inbedrijfdatum = "2020-08-01",
            bestuur = "Stichting Lijstrij",
            erkenning = new { code = "ERK-600A001", cluster = 1, licenties = new[] { "VISUELE_BEPERKINGEN", "VISUEEL_MEERVOUDIG_BEPERKT" } },
            communicatiecontexten = new[]
            {
                new { context = "ALGEMEEN", email = "info@lijstrij.nl", telefoon = "030 123 45 67", web = "https://lijstrij.nl", contactnaam = "J. de Vries", adres = "Laan 1, 3811 AA Amersfoort" },
                new { context = "AANMELDEN", email = "aanmelden@lijstrij.nl", telefoon = "030 765 43 21", web = "https://lijstrij.nl/aanmelden", contactnaam = "A. Jansen", adres = "Postbus 2, 3800 AA Amersfoort" },
            },
        });
        registratie.StatusCode.ShouldBe(HttpStatusCode.Created, await registratie.Content.ReadAsStringAsync());
        var etag = registratie.Headers.ETag!.Tag;

        // Offered out of the order the DTO gives (expertise, then begindatum), with every kind of werkgebied.
        object[] aanbod =
        [
            new { expertise = "VISUELE_BEPERKINGEN", leerjaar = "2027-2028", werkgebied = new { samenwerkingsverbanden = new[] { "PO2705", "PO2706" }, postcodegebieden = new[] { "3811", "3812" } }, capaciteit = 12 },
            new { expertise = "VISUELE_BEPERKINGEN", leerjaar = "2026-2027", werkgebied = new { samenwerkingsverbanden = Array.Empty<string>(), postcodegebieden = Array.Empty<string>() } },
            new { expertise = "VISUEEL_MEERVOUDIG_BEPERKT", leerjaar = "2026-2027", werkgebied = new { samenwerkingsverbanden = new[] { "PO2705" }, postcodegebieden = Array.Empty<string>() }, capaciteit = 3 },
        ];
        foreach (var a in aanbod)
        {
            using var toegevoegd = await Wijzig(HttpMethod.Post, $"{Pad}/600A001/aanbod", etag, a);
            toegevoegd.StatusCode.ShouldBe(HttpStatusCode.OK, await toegevoegd.Content.ReadAsStringAsync());
            etag = toegevoegd.Headers.ETag!.Tag;
        }

        using var uitBedrijf = await Wijzig(HttpMethod.Post, $"{Pad}/600A001/uitbedrijfname", etag, new { laatsteDag = "2030-07-31" });
        uitBedrijf.StatusCode.ShouldBe(HttpStatusCode.OK, await uitBedrijf.Content.ReadAsStringAsync());

        var (detail, _) = await HaalOpAsync("600A001");
        foreach (var veld in new[] { "internationaleNaam", "uitbedrijfdatum", "eigenaar" })
        {
            detail.TryGetProperty(veld, out _).ShouldBeTrue($"{veld} is filled, so the comparison covers it");
        }

        detail.GetProperty("magWijzigen").GetBoolean().ShouldBeTrue();
        detail.GetProperty("aanbod").EnumerateArray().Select(a => a.GetProperty("expertise").GetString() + " " + a.GetProperty("begindatum").GetString())
            .ShouldBe(["VISUEEL_MEERVOUDIG_BEPERKT 2026-08-01", "VISUELE_BEPERKINGEN 2026-08-01", "VISUELE_BEPERKINGEN 2027-08-01"]);

        using var lijst = await Stuur(HttpMethod.Get, $"{Pad}?naam=Lijstrij");
        lijst.StatusCode.ShouldBe(HttpStatusCode.OK);
        var inLijst = (await JsonAsync(lijst)).GetProperty("onderwijsbegeleidingsaanbieders").EnumerateArray().ShouldHaveSingleItem();
        inLijst.GetRawText().ShouldBe(detail.GetRawText());

        using var kopie = await Stuur(HttpMethod.Get, $"{Pad}?naam=Lijstrij", accept: "application/x-ndjson");
        kopie.StatusCode.ShouldBe(HttpStatusCode.OK);
        var regels = (await kopie.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        regels.Length.ShouldBe(2, "one aanbieder and the closing line");
        JsonDocument.Parse(regels[0]).RootElement.GetRawText().ShouldBe(detail.GetRawText());
    }
}
