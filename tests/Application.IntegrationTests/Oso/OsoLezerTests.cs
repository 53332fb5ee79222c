using System.Globalization;
using System.Text;
using PassendOnderwijs.Application.Dossiers.Oso;
using PassendOnderwijs.Domain.Common;
using static PassendOnderwijs.Application.IntegrationTests.Oso.OsoVoorbeelden;

namespace PassendOnderwijs.Application.IntegrationTests.Oso;

/// <summary>
/// The reader against the official XSD: the examples are valid, a malformed document gets its line and position, and
/// every schema violation gets its line, its XPath and a code a LAS can act on, up to the limit.
/// </summary>
public class OsoLezerTests
{
    [TestCaseSource(typeof(OsoVoorbeelden), nameof(Alle))]
    public void An_official_example_dossier_reads_valid(string naam)
    {
        var resultaat = Lees(Tekst(naam));

        resultaat.Problemen.ShouldBeEmpty();
        resultaat.Afgekapt.ShouldBeFalse();
        resultaat.Dossier.ShouldNotBeNull();
        resultaat.Dossier.Root!.Name.LocalName.ShouldBe("dossier");
    }

    [Test]
    public void A_malformed_document_gives_one_problem_with_its_line_and_position()
    {
        var xml = Tekst(PoFull).VervangEerste("<achternaam>Berg</achternaam>", "<achternaam>Berg</achternaamm>");

        var resultaat = Lees(xml);

        resultaat.Dossier.ShouldBeNull();
        var probleem = resultaat.Problemen.ShouldHaveSingleItem();
        probleem.Code.ShouldBe("xml-onleesbaar");
        probleem.Plek.ShouldNotBeNull();
        probleem.Plek.Regel.ShouldBe(RegelVan(xml, "</achternaamm>"));
        probleem.Plek.Positie.ShouldNotBeNull().ShouldBeGreaterThan(0);
        probleem.Melding.ShouldContain(string.Create(CultureInfo.InvariantCulture, $"regel {probleem.Plek.Regel}"));
        ZonderTechniek(probleem);
    }

    [Test]
    public void An_element_the_schema_does_not_allow_gets_its_line_path_and_what_was_expected()
    {
        var xml = Tekst(PoFull).VervangEerste("<achternaam>Berg</achternaam>", "<achternaam>Berg</achternaam><bijnaam>Bergje</bijnaam>");

        var resultaat = Lees(xml);

        resultaat.Dossier.ShouldBeNull();
        var probleem = resultaat.Problemen.ShouldHaveSingleItem();
        probleem.Code.ShouldBe("xsd-onverwacht-element");
        probleem.Plek!.Pad.ShouldBe("/dossier/huidigeschool/leerling/bijnaam");
        probleem.Plek.Regel.ShouldBe(RegelVan(xml, "<bijnaam>"));
        probleem.Melding.ShouldContain("<bijnaam>");
        probleem.Melding.ShouldContain("<roepnaam>");
        ZonderTechniek(probleem);
    }

    [Test]
    public void A_missing_required_element_names_the_element_that_should_be_there()
    {
        var xml = Tekst(PoFull).VervangEerste("<cat_bijlagedocs>OPTIONEEL</cat_bijlagedocs>", string.Empty);

        var probleem = Lees(xml).Problemen.ShouldHaveSingleItem();

        probleem.Code.ShouldBe("xsd-element-ontbreekt");
        probleem.Plek!.Pad.ShouldBe("/dossier/metadata/categorie_uitlevering");
        probleem.Plek.Regel.ShouldBe(RegelVan(xml, "</categorie_uitlevering>"));
        probleem.Melding.ShouldContain("<cat_bijlagedocs>");
        ZonderTechniek(probleem);
    }

    [Test]
    public void A_date_that_does_not_exist_is_refused_with_its_value_and_path()
    {
        var xml = Tekst(PoFull).VervangEerste("<geboortedatum>2003-03-17</geboortedatum>", "<geboortedatum>2003-02-30</geboortedatum>");

        var probleem = Lees(xml).Problemen.ShouldHaveSingleItem();

        probleem.Code.ShouldBe("xsd-ongeldige-waarde");
        probleem.Plek!.Pad.ShouldBe("/dossier/huidigeschool/leerling/geboortedatum");
        probleem.Plek.Regel.ShouldBe(RegelVan(xml, "2003-02-30"));
        probleem.Melding.ShouldContain("'2003-02-30'");
        probleem.Melding.ShouldContain("datum");
        ZonderTechniek(probleem);
    }

    [Test]
    public void An_empty_required_text_says_it_may_not_be_empty()
    {
        var xml = Tekst(PoFull).VervangEerste("<achternaam>Berg</achternaam>", "<achternaam></achternaam>");

        var probleem = Lees(xml).Problemen.ShouldHaveSingleItem();

        probleem.Code.ShouldBe("xsd-ongeldige-waarde");
        probleem.Plek!.Pad.ShouldBe("/dossier/huidigeschool/leerling/achternaam");
        probleem.Melding.ShouldBe("<achternaam> mag niet leeg zijn.");
    }

    [Test]
    public void Violations_in_different_places_are_each_listed_in_document_order()
    {
        // After an element it does not expect, the validator no longer checks the rest of that parent: a LAS fixes
        // the first and sends again. Violations in different parents are all listed.
        var xml = Tekst(PoFull)
            .VervangEerste("<cat_bijlagedocs>OPTIONEEL</cat_bijlagedocs>", string.Empty)
            .VervangEerste("<inzagedatum>", "<inzagedatum>gisteren")
            .VervangEerste("<geboortedatum>2003-03-17</geboortedatum>", "<geboortedatum>17-03-2003</geboortedatum>");

        var resultaat = Lees(xml);

        resultaat.Problemen.Select(p => p.Plek!.Pad).ShouldBe([
            "/dossier/metadata/categorie_uitlevering", "/dossier/inzage/inzagedatum", "/dossier/huidigeschool/leerling/geboortedatum"]);
        resultaat.Problemen.Select(p => p.Code).ShouldBe(["xsd-element-ontbreekt", "xsd-ongeldige-waarde", "xsd-ongeldige-waarde"]);
        resultaat.Problemen.ShouldAllBe(p => p.Plek!.Regel > 0 && p.Plek.Positie > 0);
    }

    [Test]
    public void More_violations_than_the_limit_are_cut_off_and_say_so()
    {
        var lege = string.Concat(Enumerable.Repeat("<voornaam></voornaam>", OsoGrenzen.MaxProblemen + 50));
        var xml = Tekst(PoFull).VervangEerste("<voorletters-1>", lege + "<voorletters-1>");

        var resultaat = Lees(xml);

        resultaat.Dossier.ShouldBeNull();
        resultaat.Afgekapt.ShouldBeTrue();
        resultaat.Problemen.Count.ShouldBe(OsoGrenzen.MaxProblemen);
        resultaat.Problemen.ShouldAllBe(p => p.Code == "xsd-ongeldige-waarde");
        resultaat.Problemen[0].Plek!.Pad.ShouldBe("/dossier/huidigeschool/leerling/voornaam[5]");
    }

    [Test]
    public void A_byte_order_mark_before_an_example_is_fine()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Tekst(VoOptOut))).ToArray();

        Lezer.Lees(bytes).Problemen.ShouldBeEmpty();
    }

    [Test]
    public void Parallel_reads_share_the_compiled_schema_safely()
    {
        // The reader is a singleton and parallel deliveries are expected: the one compiled schema set serves them all.
        var bytes = Alle.Select(n => Encoding.UTF8.GetBytes(Tekst(n))).ToArray();
        var fout = Tekst(PoFull).VervangEerste("<geboortedatum>2003-03-17</geboortedatum>", "<geboortedatum>2003-02-30</geboortedatum>");
        var foutBytes = Encoding.UTF8.GetBytes(fout);

        var resultaten = Enumerable.Range(0, 64).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => (Geldig: i % 5 != 0, Resultaat: Lezer.Lees(i % 5 == 0 ? foutBytes : bytes[i % bytes.Length])))
            .ToList();

        resultaten.Where(r => r.Geldig).ShouldAllBe(r => r.Resultaat.Problemen.Count == 0 && r.Resultaat.Dossier != null);
        resultaten.Where(r => !r.Geldig).ShouldAllBe(r => r.Resultaat.Problemen.Count == 1
            && r.Resultaat.Problemen[0].Plek!.Pad == "/dossier/huidigeschool/leerling/geboortedatum");
    }

    /// <summary>No English parser text, no .NET type names, no stack trace.</summary>
    internal static void ZonderTechniek(Fout probleem)
    {
        probleem.Melding.ShouldNotContain("System.");
        probleem.Melding.ShouldNotContain(" at ");
        probleem.Melding.ShouldNotContain("Exception");
        probleem.Melding.ShouldNotContain("element is invalid");
        probleem.Melding.ShouldNotContain("http://");
    }
}
