using PassendOnderwijs.Application.Common.Documenten;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Beschikking;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace PassendOnderwijs.Application.IntegrationTests.Documenten;

/// <summary>
/// The beschikking PDF as the ouders and the school get it, read back with a PDF text extractor (PdfPig): what it says,
/// and that the same content always gives the same bytes. The renderer comes from the DI container the API uses.
/// </summary>
public partial class BeschikkingPdfTests
{
    private static IPdfOpmaak Opmaak => TestOmgeving.Services.GetRequiredService<IPdfOpmaak>();

    [Test]
    public void The_same_content_gives_the_same_bytes_and_a_changed_field_other_bytes()
    {
        var inhoud = BeschikkingVoorbeeld.Toelaatbaar();

        var eerste = Opmaak.MaakPdf(inhoud);
        var tweede = Opmaak.MaakPdf(inhoud with { Adviezen = [.. inhoud.Adviezen] });

        tweede.ShouldBe(eerste);
        Opmaak.MaakPdf(inhoud with { LeerlingNaam = "Sanne de Vries-Smit" }).ShouldNotBe(eerste);
        Opmaak.MaakPdf(inhoud with { Einddatum = new DateOnly(2029, 7, 30) }).ShouldNotBe(eerste);
    }

    [Test]
    public async Task Requests_at_the_same_time_get_the_same_bytes_from_the_one_shared_renderer()
    {
        var inhoud = BeschikkingVoorbeeld.Toelaatbaar();
        var verwacht = Opmaak.MaakPdf(inhoud);

        var tegelijk = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Opmaak.MaakPdf(inhoud))));

        tegelijk.ShouldAllBe(pdf => pdf.SequenceEqual(verwacht));
    }

    [Test]
    public void It_names_the_swv_the_pupil_the_decision_with_its_period_and_both_advices()
    {
        var tekst = Tekst(Opmaak.MaakPdf(BeschikkingVoorbeeld.Toelaatbaar()));

        tekst.ShouldContain("Passend Onderwijs Eemland (samenwerkingsverband PO2705)");
        tekst.ShouldContain("Beschikking toelaatbaarheidsverklaring");
        tekst.ShouldContain("Beschikkingsnummer TLV-2027-0042");
        tekst.ShouldContain("Datum besluit 14 maart 2027");
        tekst.ShouldContain("Naam Sanne de Vries");
        tekst.ShouldContain("Geboortedatum 3 mei 2016");
        tekst.ShouldContain("Sanne de Vries is toelaatbaar tot Speciaal onderwijs (SO), Categorie laag.");
        tekst.ShouldContain("Deze toelaatbaarheidsverklaring geldt van 1 augustus 2027 tot en met 31 juli 2029.");
        tekst.ShouldContain("Beide deskundigen adviseren speciaal onderwijs.");
        tekst.ShouldContain("Advies 1: Orthopedagoog");
        tekst.ShouldContain("Deskundige drs. M. Jansen");
        tekst.ShouldContain("Datum advies 2 maart 2027");
        tekst.ShouldContain("Advies 2: Kinder- en jeugdpsychiater");
        tekst.ShouldContain("Conclusie Toelaatbaar");
        tekst.ShouldContain("Het speciaal onderwijs past bij wat Sanne nodig heeft.");
    }

    [Test]
    public void The_bezwaarclausule_gives_the_term_the_address_what_to_write_and_the_LBT()
    {
        var tekst = Tekst(Opmaak.MaakPdf(BeschikkingVoorbeeld.Toelaatbaar()));

        tekst.ShouldContain("Bent u het niet eens met dit besluit?");
        tekst.ShouldContain("Dan kunt u bezwaar maken. Dat doet u binnen 6 weken na de dag waarop dit besluit bekend is gemaakt.");
        tekst.ShouldContain("Stuur uw bezwaarschrift naar Passend Onderwijs Eemland, Postbus 123, 3800 AC Amersfoort.");
        tekst.ShouldContain("uw naam en adres;");
        tekst.ShouldContain("de datum;");
        tekst.ShouldContain("het beschikkingsnummer: TLV-2027-0042;");
        tekst.ShouldContain("waarom u het niet eens bent met dit besluit;");
        tekst.ShouldContain("uw handtekening.");
        tekst.ShouldContain("vraagt het samenwerkingsverband advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT).");
    }

    [Test]
    public void An_open_period_and_a_missing_postadres_are_said_in_words()
    {
        var inhoud = BeschikkingVoorbeeld.Toelaatbaar() with { Einddatum = null, SwvPostadres = null };

        var tekst = Tekst(Opmaak.MaakPdf(inhoud));

        tekst.ShouldContain("Deze toelaatbaarheidsverklaring geldt vanaf 1 augustus 2027 (geen einddatum).");
        tekst.ShouldContain("Stuur uw bezwaarschrift naar Passend Onderwijs Eemland, het adres van het samenwerkingsverband.");
    }

    [Test]
    public void Niet_toelaatbaar_has_no_period_and_still_the_bezwaarclausule()
    {
        var inhoud = BeschikkingVoorbeeld.Toelaatbaar() with
        {
            Toelaatbaar = false, Categorie = null, Ingangsdatum = null, Einddatum = null, Soort = "Speciaal basisonderwijs (SBO)",
        };

        var tekst = Tekst(Opmaak.MaakPdf(inhoud));

        tekst.ShouldContain("Sanne de Vries is niet toelaatbaar tot Speciaal basisonderwijs (SBO).");
        tekst.ShouldContain("Besluit Niet toelaatbaar");
        tekst.ShouldNotContain("Periode");
        tekst.ShouldContain("binnen 6 weken");
    }

    [Test]
    public void A_long_motivering_wraps_and_continues_on_the_next_page_with_page_numbers()
    {
        var alinea = string.Join(' ', Enumerable.Repeat("De school heeft het afgelopen jaar veel geprobeerd, met extra begeleiding in de klas.", 8));
        var motivering = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"Punt {i}. {alinea}")) + "\nLaatste zin van de motivering.";

        using var pdf = PdfDocument.Open(Opmaak.MaakPdf(BeschikkingVoorbeeld.Toelaatbaar() with { Motivering = motivering }));

        pdf.NumberOfPages.ShouldBeGreaterThanOrEqualTo(3);
        var paginas = pdf.GetPages().Select(p => Normaliseer(ContentOrderTextExtractor.GetText(p))).ToList();
        for (var i = 0; i < paginas.Count; i++)
        {
            paginas[i].ShouldContain($"Pagina {i + 1} van {paginas.Count}");
            paginas[i].ShouldContain("Beschikking TLV-2027-0042, Passend Onderwijs Eemland");
        }

        var alles = string.Join(' ', paginas);
        alles.ShouldContain($"Punt 12. {alinea}");
        alles.ShouldContain("Laatste zin van de motivering.");
        alles.ShouldContain("uw handtekening.");
        pdf.GetPages().SelectMany(p => p.Letters).ShouldAllBe(l => l.StartBaseLine.X >= 60 && l.EndBaseLine.X <= 595 - 60);
    }

    [Test]
    public void A_short_beschikking_fits_on_two_pages_and_says_so()
    {
        using var pdf = PdfDocument.Open(Opmaak.MaakPdf(BeschikkingVoorbeeld.Toelaatbaar()));

        pdf.NumberOfPages.ShouldBe(2);
        Normaliseer(ContentOrderTextExtractor.GetText(pdf.GetPage(1))).ShouldContain("Pagina 1 van 2");
        Normaliseer(ContentOrderTextExtractor.GetText(pdf.GetPage(2))).ShouldContain("Pagina 2 van 2");
    }

    [Test]
    public void Names_outside_Latin_1_print_and_can_be_copied()
    {
        var tekst = Tekst(Opmaak.MaakPdf(BeschikkingVoorbeeld.Toelaatbaar() with { LeerlingNaam = "Łucja Şahin-Nguyễn" }));

        tekst.ShouldContain("Naam Łucja Şahin-Nguyễn");
    }

    [Test]
    public void The_file_is_dated_on_the_besluitdatum_and_titled_with_the_beschikkingsnummer()
    {
        using var pdf = PdfDocument.Open(Opmaak.MaakPdf(BeschikkingVoorbeeld.Toelaatbaar()));

        pdf.Information.Title.ShouldBe("Beschikking toelaatbaarheidsverklaring TLV-2027-0042");
        pdf.Information.GetCreatedDateTimeOffset().ShouldBe(new DateTimeOffset(2027, 3, 14, 0, 0, 0, TimeSpan.Zero));
        pdf.Information.GetModifiedDateTimeOffset().ShouldBe(new DateTimeOffset(2027, 3, 14, 0, 0, 0, TimeSpan.Zero));
    }

    [Test]
    public void The_pdf_is_tagged_for_screen_readers_and_says_it_is_Dutch()
    {
        using var pdf = PdfDocument.Open(Opmaak.MaakPdf(BeschikkingVoorbeeld.Toelaatbaar()));
        var catalogus = pdf.Structure.Catalog.CatalogDictionary;

        catalogus.ContainsKey(NameToken.StructTreeRoot).ShouldBeTrue();
        catalogus.TryGet(NameToken.MarkInfo, pdf.Structure.TokenScanner, out DictionaryToken? markering).ShouldBeTrue();
        markering.Data["Marked"].ShouldBe(BooleanToken.True);
        catalogus.TryGet(NameToken.Lang, pdf.Structure.TokenScanner, out StringToken? taal).ShouldBeTrue();
        taal.Data.ShouldBe("nl-NL");
    }

    [Test]
    public void Content_that_contradicts_itself_is_refused()
    {
        var inhoud = BeschikkingVoorbeeld.Toelaatbaar();

        Should.Throw<ArgumentException>(() => Opmaak.MaakPdf(inhoud with { Ingangsdatum = null }));
        Should.Throw<ArgumentException>(() => Opmaak.MaakPdf(inhoud with { Toelaatbaar = false }));
        Should.Throw<ArgumentException>(() => Opmaak.MaakPdf(inhoud with { Einddatum = new DateOnly(2027, 7, 31) }));
        Should.Throw<ArgumentException>(() => Opmaak.MaakPdf(inhoud with { Adviezen = [inhoud.Adviezen[0]] }));
    }

    private static string Tekst(byte[] pdfBytes)
    {
        using var pdf = PdfDocument.Open(pdfBytes);
        return string.Join(' ', pdf.GetPages().Select(p => Normaliseer(ContentOrderTextExtractor.GetText(p))));
    }

    /// <summary>Line breaks from wrapping become spaces, so a sentence reads as one whatever the line width.</summary>
    private static string Normaliseer(string tekst) => Witruimte().Replace(tekst, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Witruimte();
}
