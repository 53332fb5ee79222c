using System.Net;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace PassendOnderwijs.Api.FunctionalTests.Toelaatbaarheidsverklaringen;

/// <summary>
/// The dossier for the LBT through the API: put together from the TLV's own records and the SWV's procedure en
/// criteria, read back from the PDF; only while a bezwaar runs, only for SWV staff, every download audited.
/// </summary>
public partial class TlvLbtDossierTests : TlvTest
{
    private const string Procedure = "Een leerling is toelaatbaar als de school de basisondersteuning en extra ondersteuning heeft benut.";

    [Test]
    public async Task The_dossier_of_a_running_bezwaar_holds_every_part_from_the_records_and_the_same_bytes_each_time()
    {
        await LegProcedureVastAsync();
        var (id, etag) = await BekendgemaaktAsync("PO2705-TLV-0007");
        await ZetTlvStapAsync(id, "bezwaar", etag, new { indiener = "ouders", indienerNaam = "Familie Test", ontvangenOp = "2026-11-24" }, Medewerker);

        var gelezen = await GelezenAsync(id);
        var bytes = await DossierAsync(id);
        var tekst = Tekst(bytes);

        // The first page: the SWV, the pupil, the beschikking, the bezwaar and its terms, and the contents.
        tekst.ShouldContain("Dossier voor de Landelijke Bezwaaradviescommissie");
        tekst.ShouldContain("Beschikkingsnummer PO2705-TLV-0007");
        tekst.ShouldContain("SWV Test (samenwerkingsverband PO2705)");
        tekst.ShouldContain("Ingediend door Familie Test (Ouders of verzorgers)");
        tekst.ShouldContain("Ontvangen op 24 november 2026");
        tekst.ShouldContain("Op tijd Ja");
        tekst.ShouldContain("LBT om advies vragen uiterlijk 8 december 2026");
        tekst.ShouldContain("Beslissen op bezwaar uiterlijk 30 maart 2027");
        tekst.ShouldContain("Het bezwaarschrift: aan te leveren door het samenwerkingsverband");

        // Each part, from the records.
        tekst.ShouldContain("De aanvraag");
        tekst.ShouldContain("Aandacht en tijd Een kleine groep met een vaste leerkracht.");
        tekst.ShouldContain("Een jaar een arrangement met een ambulant begeleider; de leerling raakt toch overprikkeld.");
        tekst.ShouldContain("Sanne wil graag naar een rustige school.");
        tekst.ShouldContain("Beide deskundigenadviezen");
        tekst.ShouldContain("Deskundige Olga Orthopedagoog");
        tekst.ShouldContain("Deskundige Anton Arts");
        tekst.ShouldContain("Waarom de beoogde school wel of niet past: De Brug biedt dat.");
        tekst.ShouldContain("Het besluit");
        tekst.ShouldContain("Beide deskundigen onderschrijven de onderwijsbehoeften.");
        tekst.ShouldContain("Periode van 1 augustus 2027 tot en met 31 juli 2029");
        tekst.ShouldContain("De procedure en criteria van het samenwerkingsverband");
        tekst.ShouldContain(Procedure);

        (await DossierAsync(id)).ShouldBe(bytes);
        (await GelezenAsync(id)).ShouldBe(gelezen + 2, "each download is in the audit log, against the pupil");
    }

    [Test]
    public async Task Without_a_running_bezwaar_there_is_no_dossier()
    {
        var (id, _) = await BekendgemaaktAsync("PO2705-TLV-0008");

        using var response = await Stuur(HttpMethod.Get, $"{TlvPad}/{id}/bezwaar/lbt-dossier", token: Medewerker, accept: "application/pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync()).ShouldContain("geen-lopend-bezwaar");
    }

    [Test]
    public async Task School_staff_do_not_get_the_dossier_even_of_their_own_request()
    {
        var (id, etag) = await BekendgemaaktAsync("PO2705-TLV-0009");
        await ZetTlvStapAsync(id, "bezwaar", etag, new { indiener = "schoolbestuur", indienerNaam = "Stichting Test", ontvangenOp = "2026-11-24" }, Medewerker);

        foreach (var school in (string[])[IbEigen, IbAnder])
        {
            using var response = await Stuur(HttpMethod.Get, $"{TlvPad}/{id}/bezwaar/lbt-dossier", token: school, accept: "application/pdf");
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
    }

    [Test]
    public async Task Without_a_recorded_procedure_the_dossier_says_so_plainly()
    {
        var (id, etag) = await BekendgemaaktAsync("PO2705-TLV-0010");
        await ZetTlvStapAsync(id, "bezwaar", etag, new { indiener = "ouders", indienerNaam = "Familie Test", ontvangenOp = "2026-11-24" }, Medewerker);

        var tekst = Tekst(await DossierAsync(id));

        tekst.ShouldContain("Het samenwerkingsverband heeft zijn procedure en criteria voor toelaatbaarheid niet vastgelegd in deze applicatie.");
    }

    /// <summary>How often the audit log of the pupil records a read of this TLV.</summary>
    private async Task<int> GelezenAsync(Guid id)
    {
        var audit = await Verwacht(HttpStatusCode.OK, HttpMethod.Get, $"/api/v1/auditregels?leerling={LeerlingId}");
        return audit.GetProperty("auditRegels").EnumerateArray().Count(r =>
            r.GetProperty("resourceSoort").GetString() == "toelaatbaarheidsverklaring" && r.GetProperty("actie").GetString() == "lezen"
            && r.GetProperty("resourceId").GetString() == id.ToString());
    }

    private async Task<byte[]> DossierAsync(Guid id)
    {
        using var response = await Stuur(HttpMethod.Get, $"{TlvPad}/{id}/bezwaar/lbt-dossier", token: Medewerker, accept: "application/pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.ToString().ShouldContain("lbt-dossier-PO2705-TLV-");
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The beheerder records the SWV's procedure en criteria from today, the day of the decision.</summary>
    private async Task LegProcedureVastAsync()
    {
        using var response = await StapOpAsync("/api/v1/beleidsinstellingen/versies", "\"0\"", new
        {
            ingangsdatum = "2026-11-24",
            behandeltermijnWeken = 6,
            evaluatietermijnMaanden = 6,
            tlvduur = new { sbo = 2, so = 2, vso = 2 },
            herindicatiesignaalWeken = 26,
            kleineAantallenDrempel = 5,
            naam = "SWV Test",
            procedureEnCriteria = Procedure,
        }, Beheerder);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static string Tekst(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Join(' ', pdf.GetPages().Select(p => Witruimte().Replace(ContentOrderTextExtractor.GetText(p), " ").Trim()));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Witruimte();
}
