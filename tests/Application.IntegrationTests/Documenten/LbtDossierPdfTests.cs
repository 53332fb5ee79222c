using PassendOnderwijs.Application.Common.Documenten;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Lbtdossier;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace PassendOnderwijs.Application.IntegrationTests.Documenten;

/// <summary>
/// The dossier for the LBT, read back with PdfPig: a first page with the case and the table of contents, each document
/// on pages of its own where the contents say, honest about what the application does not hold, and deterministic.
/// </summary>
public partial class LbtDossierPdfTests
{
    private static IPdfOpmaak Opmaak => TestOmgeving.Services.GetRequiredService<IPdfOpmaak>();

    [Test]
    public void The_first_page_names_the_case_its_terms_and_the_contents()
    {
        var eerste = Paginas(Opmaak.MaakPdf(LbtDossierVoorbeeld.Bezwaar()))[0];

        eerste.ShouldContain("Passend Onderwijs Eemland (samenwerkingsverband PO2705)");
        eerste.ShouldContain("Dossier voor de Landelijke Bezwaaradviescommissie");
        eerste.ShouldContain("Beschikkingsnummer TLV-2027-0042");
        eerste.ShouldContain("Naam Sanne de Vries");
        eerste.ShouldContain("Geboortedatum 3 mei 2016");
        eerste.ShouldContain("Ingediend door Familie De Vries (Ouders of verzorgers)");
        eerste.ShouldContain("Ontvangen op 2 april 2027");
        eerste.ShouldContain("Op tijd Ja");
        eerste.ShouldContain("LBT om advies vragen uiterlijk 16 april 2027");
        eerste.ShouldContain("Beslissen op bezwaar uiterlijk 19 juli 2027");
        eerste.ShouldContain("Verdaging Nee, de beslistermijn is niet verdaagd");
        eerste.ShouldContain("Het bezwaarschrift: aan te leveren door het samenwerkingsverband, apart van dit dossier");
        eerste.ShouldContain("Het verweerschrift van het samenwerkingsverband: aan te leveren door het samenwerkingsverband");
    }

    [Test]
    public void Each_document_starts_on_a_page_of_its_own_the_contents_point_to()
    {
        var paginas = Paginas(Opmaak.MaakPdf(LbtDossierVoorbeeld.Bezwaar()));

        foreach (var deel in (string[])["De aanvraag", "Beide deskundigenadviezen", "Het besluit", "De procedure en criteria van het samenwerkingsverband"])
        {
            var verwijzing = Regex.Match(paginas[0], $@"{Regex.Escape(deel)}: pagina (\d+)");
            verwijzing.Success.ShouldBeTrue($"The contents name {deel} with its page.");
            var pagina = int.Parse(verwijzing.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            pagina.ShouldBeGreaterThan(1);
            ZonderVoet(paginas[pagina - 1]).ShouldStartWith(deel, customMessage: $"{deel} starts page {pagina}.");
        }

        for (var i = 0; i < paginas.Count; i++)
        {
            paginas[i].ShouldContain($"Pagina {i + 1} van {paginas.Count}");
            paginas[i].ShouldContain("Dossier LBT bij beschikking TLV-2027-0042, Passend Onderwijs Eemland");
        }
    }

    [Test]
    public void It_holds_the_aanvraag_both_advices_in_full_the_besluit_and_the_procedure()
    {
        var tekst = string.Join(' ', Paginas(Opmaak.MaakPdf(LbtDossierVoorbeeld.Bezwaar())));

        tekst.ShouldContain("Gevraagd onderwijs Speciaal onderwijs (SO), categorie midden, bij De Brug");
        tekst.ShouldContain("Beoogde school De Brug (vestiging 34CD00)");
        tekst.ShouldContain("Gevraagde periode vanaf 1 augustus 2027, voor de gebruikelijke duur");
        tekst.ShouldContain("Aandacht en tijd Een kleine groep met een vaste leerkracht.");
        tekst.ShouldContain("Onderwijsmaterialen Niet beschreven");
        tekst.ShouldContain("Verlengde instructie en een eigen werkplek.");
        tekst.ShouldContain("De school heeft 1 arrangement aan de aanvraag gekoppeld.");
        tekst.ShouldContain("De ouders willen een school dichter bij huis.");
        tekst.ShouldContain("Sanne wil bij haar vriendinnen blijven.");

        tekst.ShouldContain("Eerste deskundige: Orthopedagoog");
        tekst.ShouldContain("Registratie NVO 12345");
        tekst.ShouldContain("Tweede deskundige: Kinder- en jeugdpsychiater");
        tekst.ShouldContain("Registratie Niet opgegeven");
        tekst.ShouldContain("Werkgever Praktijk De Linde");
        tekst.ShouldContain("Geadviseerd onderwijs Speciaal onderwijs (SO), Categorie midden");
        tekst.ShouldContain("Geadviseerde duur van 1 augustus 2027 tot en met 31 juli 2029");
        foreach (var naam in (string[])["drs. M. Jansen", "dr. P. Bakker"])
        {
            tekst.ShouldContain($"Onderwijsbehoeften: {naam}: Sanne heeft een kleine groep nodig.");
            tekst.ShouldContain($"Wat de reguliere school kan bieden: {naam}: De reguliere school kan dat niet bieden.");
            tekst.ShouldContain($"Waarom de beoogde school wel of niet past: {naam}: De Brug biedt dat.");
        }

        tekst.ShouldContain("Datum besluit 14 maart 2027");
        tekst.ShouldContain("Periode van 1 augustus 2027 tot en met 31 juli 2029");
        tekst.ShouldContain("Sanne heeft meer structuur nodig dan de basisschool kan bieden.");
        tekst.ShouldContain("De deskundigen adviseerden categorie midden; de beoogde school biedt dit in categorie laag.");
        tekst.ShouldContain("De commissie van toewijzing beslist binnen zes weken.");
    }

    [Test]
    public void A_late_bezwaar_an_extension_and_missing_procedure_are_said_in_words()
    {
        var voorbeeld = LbtDossierVoorbeeld.Bezwaar();
        var inhoud = voorbeeld with
        {
            Bezwaar = voorbeeld.Bezwaar with
            {
                TeLaat = true, Verschoning = "De ouders waren in het ziekenhuis.", Verdaging = "De hoorzitting is verplaatst.",
                LbtGevraagdOp = new DateOnly(2027, 4, 10),
            },
            Besluit = voorbeeld.Besluit with { AfwijkingVanAdvies = null },
            ProcedureEnCriteria = null,
        };

        var tekst = string.Join(' ', Paginas(Opmaak.MaakPdf(inhoud)));

        tekst.ShouldContain("Op tijd Nee, te laat. De termijnoverschrijding is verschoonbaar: De ouders waren in het ziekenhuis.");
        tekst.ShouldContain("Verdaging Ja, met 6 weken. Reden: De hoorzitting is verplaatst.");
        tekst.ShouldContain("uiterlijk 16 april 2027; gedaan op 10 april 2027");
        tekst.ShouldContain("Het besluit wijkt niet af van de adviezen van de deskundigen.");
        tekst.ShouldContain("Het samenwerkingsverband heeft zijn procedure en criteria voor toelaatbaarheid niet vastgelegd in deze applicatie.");
    }

    [Test]
    public void The_same_records_give_the_same_bytes_and_a_changed_one_other_bytes()
    {
        var inhoud = LbtDossierVoorbeeld.Bezwaar();

        var eerste = Opmaak.MaakPdf(inhoud);

        Opmaak.MaakPdf(inhoud with { Adviezen = [.. inhoud.Adviezen] }).ShouldBe(eerste);
        Opmaak.MaakPdf(inhoud with { ProcedureEnCriteria = "Andere criteria." }).ShouldNotBe(eerste);
        Opmaak.MaakPdf(inhoud with { Bezwaar = inhoud.Bezwaar with { Verdaging = "Later." } }).ShouldNotBe(eerste);
    }

    [Test]
    public void Long_texts_push_the_parts_and_the_contents_follow()
    {
        var alinea = string.Join(' ', Enumerable.Repeat("De school heeft het afgelopen jaar veel geprobeerd, met extra begeleiding in de klas.", 8));
        var lang = string.Join('\n', Enumerable.Range(1, 14).Select(i => $"Punt {i}. {alinea}"));
        var voorbeeld = LbtDossierVoorbeeld.Bezwaar();
        var inhoud = voorbeeld with { Aanvraag = voorbeeld.Aanvraag with { ExtraOndersteuning = lang } };

        var paginas = Paginas(Opmaak.MaakPdf(inhoud));

        var pagina = int.Parse(Regex.Match(paginas[0], @"Beide deskundigenadviezen: pagina (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        pagina.ShouldBeGreaterThan(3);
        ZonderVoet(paginas[pagina - 1]).ShouldStartWith("Beide deskundigenadviezen");
    }

    /// <summary>The text of each page, line breaks from wrapping as spaces.</summary>
    private static List<string> Paginas(byte[] pdfBytes)
    {
        using var pdf = PdfDocument.Open(pdfBytes);
        return [.. pdf.GetPages().Select(p => Witruimte().Replace(ContentOrderTextExtractor.GetText(p), " ").Trim())];
    }

    /// <summary>The page's text without its footer, which the extractor reads first because it is drawn first.</summary>
    private static string ZonderVoet(string pagina) => Voet().Replace(pagina, "");

    [GeneratedRegex(@"^Dossier LBT bij beschikking TLV-2027-0042, Passend Onderwijs Eemland Pagina \d+ van \d+ ")]
    private static partial Regex Voet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Witruimte();
}
