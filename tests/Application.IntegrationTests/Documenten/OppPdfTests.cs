using PassendOnderwijs.Application.Common.Documenten;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Document;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace PassendOnderwijs.Application.IntegrationTests.Documenten;

/// <summary>
/// One OPP version as a PDF, read back with PdfPig: every part with its Dutch label and never a code, where the ouders'
/// instemming stands (with lines to sign while it is not given), long texts over several pages with the footer on
/// each, and the same content giving the same bytes.
/// </summary>
public partial class OppPdfTests
{
    private static IPdfOpmaak Opmaak => TestOmgeving.Services.GetRequiredService<IPdfOpmaak>();

    [Test]
    public void The_head_names_the_pupil_the_school_and_where_the_version_stands()
    {
        var eerste = Paginas(Opmaak.MaakPdf(OppVoorbeeld.Vastgesteld()))[0];

        eerste.ShouldContain("De Regenboog (basisonderwijs)");
        eerste.ShouldContain("Ontwikkelingsperspectiefplan");
        eerste.ShouldContain("Leerling Sanne de Vries");
        eerste.ShouldContain("School De Regenboog (vestiging 12AB00)");
        eerste.ShouldContain("Soort school Basisonderwijs");
        eerste.ShouldContain("Versie 2");
        eerste.ShouldContain("Status Vastgesteld op 14 maart 2027 door Joke de Boer");
        eerste.ShouldContain("Aanleiding Start van extra ondersteuning");
        eerste.ShouldContain("Startdatum 1 november 2026");
    }

    [Test]
    public void Every_part_has_its_label_and_no_code_value_is_shown()
    {
        var tekst = string.Join(' ', Paginas(Opmaak.MaakPdf(OppVoorbeeld.Vastgesteld())));

        tekst.ShouldContain("Uitstroombestemming Vmbo kaderberoepsgerichte leerweg");
        tekst.ShouldContain("Onderbouwing Rekenen gaat op niveau; lezen blijft twee jaar achter.");
        tekst.ShouldContain("Bevorderende factoren Gemotiveerd, goede band met de leerkracht.");
        tekst.ShouldContain("Belemmerende factoren Leesachterstand, snel overprikkeld in de grote groep.");
        tekst.ShouldContain("Rekenen Leerlijn Eigen leerlijn Niveau Eind groep 6");
        tekst.ShouldContain("Lange termijn: • Technisch lezen: Leest eind groep 8 op AVI-niveau E6.");
        tekst.ShouldContain("Korte termijn: • Technisch lezen: Leest in maart op AVI-niveau M6.");
        tekst.ShouldContain("Tussendoel: • Werkhouding: Werkt tien minuten zelfstandig aan een taak.");
        tekst.ShouldContain("Wat Individuele leesbegeleiding Door wie Leesspecialist Hoeveel Twee keer per week een half uur");
        tekst.ShouldContain("Arrangement Onderwijsarrangement, van 1 september 2026 tot en met 31 juli 2027");
        tekst.ShouldContain("• 1 maart 2027 • 15 juni 2027");
        tekst.ShouldContain("Doelen van de inzet: • Sanne leest hardop zonder te stoppen.");
        tekst.ShouldContain("Interventie Leesbegeleiding met RALFI Wie Ambulant begeleider Wanneer van 10 januari 2027 tot en met 31 maart 2027");
        tekst.ShouldContain("Uren van de expert 12,5");
        tekst.ShouldContain("Datum 10 maart 2027 Deelnemers Moeder, leerkracht en intern begeleider");
        tekst.ShouldContain("Uitkomst De ouders herkennen zich in het plan.");
        tekst.ShouldContain("Gehoord Ja, op 9 maart 2027 Wat de leerling vertelde Sanne wil in een rustig hoekje lezen.");
        tekst.ShouldContain("Instemming Gegeven Datum 12 maart 2027 Door Moeder van Sanne Hoe Op papier ondertekend");
        tekst.ShouldNotContain("Handtekening");

        foreach (var code in (string[])["vmbo-kb", "lange-termijn", "korte-termijn", "op-papier", "extra-ondersteuning", "BAO", "vastgesteld ", OppVoorbeeld.ArrangementId.ToString()])
        {
            tekst.ShouldNotContain(code, Case.Sensitive, $"the code '{code}' is shown as its label");
        }
    }

    [Test]
    public void Without_an_answer_the_ouders_and_the_school_get_lines_to_sign()
    {
        var tekst = string.Join(' ', Paginas(Opmaak.MaakPdf(OppVoorbeeld.Concept())));

        tekst.ShouldContain("Status Concept, nog niet vastgesteld");
        tekst.ShouldContain("Instemming Nog niet gevraagd of nog niet vastgelegd");
        tekst.ShouldContain("De ouders stemmen in met het handelingsdeel van versie 2 van dit ontwikkelingsperspectiefplan.");
        Regex.Count(tekst, "Ouder of verzorger Naam Datum Handtekening").ShouldBe(2);
        tekst.ShouldContain("Namens de school Naam Datum Handtekening");
    }

    [Test]
    public void A_refusal_shows_its_reason_and_still_leaves_room_to_sign()
    {
        var concept = OppVoorbeeld.Concept();
        var weigering = new OppInstemming(false, new DateOnly(2027, 3, 12), "Vader van Sanne", Instemmingswijze.DigitaalInPortaal,
            "Wij willen eerst een gesprek met de leesspecialist.", concept.Versie.Vingerafdruk, new("ib-1", "Joke de Boer"), DateTimeOffset.UnixEpoch);

        var tekst = string.Join(' ', Paginas(Opmaak.MaakPdf(concept with { Versie = concept.Versie with { Instemming = weigering } })));

        tekst.ShouldContain("Instemming Geweigerd Datum 12 maart 2027 Door Vader van Sanne Hoe Door de ouder zelf in het ouderportaal Reden Wij willen eerst een gesprek met de leesspecialist.");
        tekst.ShouldContain("Namens de school Naam Datum Handtekening");
    }

    [Test]
    public void An_answer_in_the_portal_prints_the_way_and_the_assurance_level_of_the_sign_in()
    {
        var concept = OppVoorbeeld.Concept();
        var instemming = new OppInstemming(true, new DateOnly(2027, 3, 12), "Karin de Vries", Instemmingswijze.DigitaalInPortaal, null,
            concept.Versie.Vingerafdruk, new("ouder-1", "Karin de Vries"), DateTimeOffset.UnixEpoch, Betrouwbaarheidsniveau.Substantieel);

        var tekst = string.Join(' ', Paginas(Opmaak.MaakPdf(concept with { Versie = concept.Versie with { Instemming = instemming } })));

        tekst.ShouldContain("Instemming Gegeven Datum 12 maart 2027 Door Karin de Vries Hoe Door de ouder zelf in het ouderportaal "
            + "Betrouwbaarheidsniveau Substantieel (DigiD Substantieel), eIDAS "
            + "Vastgelegd Door de ouder zelf, aangemeld in het ouderportaal, op precies deze tekst van het handelingsdeel");
        tekst.ShouldNotContain("digitaal-in-portaal");
        tekst.ShouldNotContain("Handtekening");
    }

    [Test]
    public void The_view_of_the_ouders_is_printed_in_their_words_or_said_to_be_missing()
    {
        var concept = OppVoorbeeld.Concept();
        var visie = new OppVisieVanOuders("Korte uitleg en daarna even zelf proberen.", null, "Een rustige plek bij het raam.", null, null,
            "Thuis helpt een vaste volgorde van de dag.", "Karin de Vries", new("ouder-1", "Karin de Vries"), new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero),
            Betrouwbaarheidsniveau.Laag);

        var met = string.Join(' ', Paginas(Opmaak.MaakPdf(concept with { Versie = concept.Versie with { Inhoud = concept.Versie.Inhoud with { VisieVanOuders = visie } } })));
        var zonder = string.Join(' ', Paginas(Opmaak.MaakPdf(concept)));

        met.ShouldContain("Visie van de ouders In hun eigen woorden, gegeven door Karin de Vries in het ouderportaal op 1 maart 2027.");
        met.ShouldContain("Aandacht en tijd Korte uitleg en daarna even zelf proberen.");
        met.ShouldContain("Ruimtelijke omgeving Een rustige plek bij het raam.");
        met.ShouldContain("Wat de ouders belangrijk vinden en wat thuis werkt Thuis helpt een vaste volgorde van de dag.");
        met.ShouldNotContain("Onderwijsmaterialen");
        zonder.ShouldContain("Visie van de ouders De ouders hebben in het ouderportaal (nog) geen visie gegeven.");
    }

    [Test]
    public void An_answer_on_an_older_text_or_on_an_earlier_version_is_said_as_such()
    {
        var concept = OppVoorbeeld.Concept();
        var oud = new OppInstemming(true, new DateOnly(2027, 2, 2), "Moeder van Sanne", Instemmingswijze.OpPapier, null, "ander", new("ib-1", "Joke de Boer"), DateTimeOffset.UnixEpoch);

        var opOudeTekst = string.Join(' ', Paginas(Opmaak.MaakPdf(concept with { Versie = concept.Versie with { Instemming = oud } })));
        var eerder = string.Join(' ', Paginas(Opmaak.MaakPdf(concept with { EerdereInstemming = new EerdereInstemming(1, oud) })));

        opOudeTekst.ShouldContain("De ouders antwoordden op 2 februari 2027 op een eerdere tekst van het handelingsdeel.");
        opOudeTekst.ShouldContain("Handtekening");
        eerder.ShouldContain("De ouders stemden in met het handelingsdeel van versie 1.");
        eerder.ShouldContain("Instemming Gegeven Datum 2 februari 2027");
        eerder.ShouldNotContain("Handtekening");
    }

    [Test]
    public void A_replaced_version_says_so_and_is_not_for_signing()
    {
        var vastgesteld = OppVoorbeeld.Vastgesteld();
        var vervangen = vastgesteld with { Versie = vastgesteld.Versie with { Status = Versiestatus.Vervangen, Instemming = null, HandelingsdeelVastgesteld = false } };

        var tekst = string.Join(' ', Paginas(Opmaak.MaakPdf(vervangen)));

        tekst.ShouldContain("Status Vervangen door een nieuwere versie; vastgesteld op 14 maart 2027 door Joke de Boer");
        tekst.ShouldNotContain("Handtekening");
    }

    [Test]
    public void Long_texts_continue_on_the_next_pages_with_the_footer_on_each()
    {
        var voorbeeld = OppVoorbeeld.Concept();
        var alinea = string.Join(' ', Enumerable.Repeat("Sanne heeft veel baat bij een vaste plek, korte instructie en herhaling van de leesstof.", 8));
        var lang = string.Join('\n', Enumerable.Range(1, 12).Select(i => $"Punt {i}. {alinea}"));
        var inhoud = voorbeeld with { Versie = voorbeeld.Versie with { Inhoud = voorbeeld.Versie.Inhoud with { OnderbouwingUitstroom = lang } } };

        var paginas = Paginas(Opmaak.MaakPdf(inhoud));

        paginas.Count.ShouldBeGreaterThan(3);
        for (var i = 0; i < paginas.Count; i++)
        {
            paginas[i].ShouldContain($"Pagina {i + 1} van {paginas.Count}");
            paginas[i].ShouldContain("Ontwikkelingsperspectiefplan Sanne de Vries, versie 2");
        }

        string.Join(' ', paginas).ShouldContain("Punt 12.");
        paginas[^1].ShouldContain("Namens de school Naam Datum Handtekening");
    }

    [Test]
    public void The_lines_to_sign_stay_on_one_page_with_their_heading()
    {
        // Padding the plan moves the signature block over every point of a page: it never splits from its heading.
        for (var regels = 0; regels < 24; regels++)
        {
            var voorbeeld = OppVoorbeeld.Concept();
            var tekst = string.Join('\n', Enumerable.Range(1, regels).Select(i => $"Regel {i} van de uitkomst van het overleg."));
            var inhoud = voorbeeld with { Versie = voorbeeld.Versie with { Overleg = voorbeeld.Versie.Overleg! with { Uitkomst = $"Eens.\n{tekst}" } } };

            var paginas = Paginas(Opmaak.MaakPdf(inhoud));

            paginas.Count(p => p.Contains("Handtekening", StringComparison.Ordinal)).ShouldBe(1, $"{regels} extra lines");
            paginas.Single(p => p.Contains("Handtekening", StringComparison.Ordinal))
                .ShouldContain("Ondertekening De ouders stemmen in met het handelingsdeel van versie 2", customMessage: $"{regels} extra lines");
        }
    }

    [Test]
    public void The_same_version_gives_the_same_bytes_and_a_changed_one_other_bytes()
    {
        var inhoud = OppVoorbeeld.Vastgesteld();

        var eerste = Opmaak.MaakPdf(inhoud);

        Opmaak.MaakPdf(inhoud with { Arrangementen = new Dictionary<Guid, string>(inhoud.Arrangementen) }).ShouldBe(eerste);
        Opmaak.MaakPdf(inhoud with { Versie = inhoud.Versie with { Overleg = inhoud.Versie.Overleg! with { Uitkomst = "Anders." } } }).ShouldNotBe(eerste);
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
