using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using PassendOnderwijs.Application.Dossiers.Oso;
using static PassendOnderwijs.Application.IntegrationTests.Oso.OsoVoorbeelden;

namespace PassendOnderwijs.Application.IntegrationTests.Oso;

/// <summary>
/// Hostile documents are refused with one problem and do nothing else: no file is read, no connection is made, no
/// entity is expanded, and nothing of what an entity would have fetched ends up in the answer.
/// </summary>
public class OsoVijandigeInvoerTests
{
    private const string Ns = OsoNamen.Namespace;

    [Test]
    public void A_dtd_is_refused()
    {
        var resultaat = Lees($"""<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE dossier [<!ELEMENT dossier ANY>]><dossier xmlns="{Ns}"/>""");

        Geweigerd(resultaat, "dtd-niet-toegestaan");
    }

    [Test]
    public void An_external_entity_cannot_read_a_local_file()
    {
        var geheim = "geheim-" + Guid.NewGuid().ToString("N");
        var bestand = Path.Combine(Path.GetTempPath(), $"oso-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(bestand, geheim);
        try
        {
            var xml = $"""<?xml version="1.0"?><!DOCTYPE dossier [<!ENTITY x SYSTEM "{new Uri(bestand).AbsoluteUri}">]><dossier xmlns="{Ns}">&x;</dossier>""";

            var resultaat = Lees(xml);

            Geweigerd(resultaat, "dtd-niet-toegestaan");
            Alles(resultaat).ShouldNotContain(geheim);
            Alles(resultaat).ShouldNotContain(bestand);
        }
        finally
        {
            File.Delete(bestand);
        }
    }

    [Test]
    public void An_external_entity_cannot_make_a_request()
    {
        var luisteraar = new TcpListener(IPAddress.Loopback, 0);
        luisteraar.Start();
        try
        {
            var poort = ((IPEndPoint)luisteraar.LocalEndpoint).Port;
            var xml = string.Create(CultureInfo.InvariantCulture,
                $"""<?xml version="1.0"?><!DOCTYPE dossier [<!ENTITY x SYSTEM "http://127.0.0.1:{poort}/oso.xml">]><dossier xmlns="{Ns}">&x;</dossier>""");

            var resultaat = Lees(xml);

            Geweigerd(resultaat, "dtd-niet-toegestaan");
            luisteraar.Pending().ShouldBeFalse("the reader connected to the URL of an external entity");
        }
        finally
        {
            luisteraar.Stop();
        }
    }

    [Test]
    public void An_external_entity_hidden_in_utf16_is_refused_before_any_parser_sees_it()
    {
        var luisteraar = new TcpListener(IPAddress.Loopback, 0);
        luisteraar.Start();
        try
        {
            var poort = ((IPEndPoint)luisteraar.LocalEndpoint).Port;
            var xml = string.Create(CultureInfo.InvariantCulture,
                $"""<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE dossier [<!ENTITY x SYSTEM "http://127.0.0.1:{poort}/oso.xml">]><dossier xmlns="{Ns}">&x;</dossier>""");

            var metBom = Lezer.Lees(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(xml)).ToArray());
            var zonderBom = Lezer.Lees(Encoding.BigEndianUnicode.GetBytes(xml));

            Geweigerd(metBom, "dossier-niet-utf8");
            Geweigerd(zonderBom, "dossier-niet-utf8");
            luisteraar.Pending().ShouldBeFalse("the reader connected to the URL of an external entity");
        }
        finally
        {
            luisteraar.Stop();
        }
    }

    [Test]
    public void A_schema_location_in_the_dossier_is_not_fetched()
    {
        var luisteraar = new TcpListener(IPAddress.Loopback, 0);
        luisteraar.Start();
        try
        {
            var poort = ((IPEndPoint)luisteraar.LocalEndpoint).Port;
            var xml = Tekst(PoOptOut).VervangEerste($"<dossier xmlns=\"{Ns}\"", string.Create(CultureInfo.InvariantCulture,
                $"<dossier xmlns=\"{Ns}\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"{Ns} http://127.0.0.1:{poort}/oso.xsd\""));

            var resultaat = Lees(xml);

            // Validated against the embedded XSD only: the dossier stays valid and nothing was asked of the port.
            resultaat.Problemen.ShouldBeEmpty();
            luisteraar.Pending().ShouldBeFalse("the reader fetched the schema the dossier pointed at");
        }
        finally
        {
            luisteraar.Stop();
        }
    }

    [Test]
    public void Bytes_that_are_not_utf8_without_a_declaration_are_unreadable_at_their_line()
    {
        // One Latin-1 "é" (0xE9) in an otherwise UTF-8 dossier: a byte sequence UTF-8 does not have.
        var xml = Tekst(PoOptOut);
        var plek = xml.IndexOf("<achternaam>Berg", StringComparison.Ordinal) + "<achternaam>B".Length;
        byte[] bytes = [.. Encoding.UTF8.GetBytes(xml[..plek]), 0xE9, .. Encoding.UTF8.GetBytes(xml[(plek + 1)..])];

        var probleem = Geweigerd(Lezer.Lees(bytes), "xml-onleesbaar");

        probleem.Plek!.Regel.ShouldBe(RegelVan(xml, "<achternaam>Berg"));
        OsoLezerTests.ZonderTechniek(probleem);
    }

    [Test]
    public void An_encoding_declaration_other_than_utf8_is_refused()
    {
        // UTF-7 spells "<!DOCTYPE" as "+ADw-!DOCTYPE": a byte check for a DTD would not see it, a decoder would.
        var utf7 = Lees("""<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE dossier +AFs-+ADw-!ENTITY x SYSTEM +ACI-file:///etc/passwd+ACI-+AD4-+AF0-+AD4-<dossier/>""");
        var latin1 = Lees(Tekst(PoOptOut).Replace("encoding=\"UTF-8\"", "encoding='ISO-8859-1'", StringComparison.Ordinal));

        Geweigerd(utf7, "dossier-niet-utf8");
        Alles(utf7).ShouldNotContain("root:");
        Geweigerd(latin1, "dossier-niet-utf8");
    }

    [Test]
    public void Billion_laughs_is_refused_before_any_entity_is_expanded()
    {
        var entiteiten = new StringBuilder("""<!ENTITY lol0 "lol">""");
        for (var i = 1; i <= 9; i++)
        {
            entiteiten.Append(CultureInfo.InvariantCulture, $"""<!ENTITY lol{i} "&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};&lol{i - 1};">""");
        }

        var xml = $"""<?xml version="1.0"?><!DOCTYPE dossier [{entiteiten}]><dossier xmlns="{Ns}">&lol9;</dossier>""";
        var klok = Stopwatch.StartNew();

        var resultaat = Lees(xml);

        klok.Stop();
        // The DTD refusal comes from the bytes, before a parser exists: no entity can have been expanded.
        Geweigerd(resultaat, "dtd-niet-toegestaan");
        Alles(resultaat).ShouldNotContain("lollol");
        TestContext.Out.WriteLine($"Billion laughs refused in {klok.Elapsed.TotalMilliseconds:F1} ms (measured, not asserted).");
    }

    [Test]
    public void Nesting_deeper_than_the_limit_is_refused_with_where_it_got_too_deep()
    {
        var diepte = OsoGrenzen.MaxDiepte + 10;
        var xml = $"""<dossier xmlns="{Ns}">{string.Concat(Enumerable.Repeat("<a>", diepte))}{string.Concat(Enumerable.Repeat("</a>", diepte))}</dossier>""";

        var probleem = Geweigerd(Lees(xml), "dossier-te-diep");

        probleem.Plek!.Pad!.Split('/').Length.ShouldBe(OsoGrenzen.MaxDiepte + 3);
        probleem.Plek.Regel.ShouldBe(1);
    }

    [Test]
    public void A_document_larger_than_the_limit_is_refused_without_reading_it()
    {
        var groot = new byte[OsoGrenzen.MaxBytes + 1];

        Geweigerd(Lezer.Lees(groot), "dossier-te-groot").Melding.ShouldContain("20 MB");
    }

    [TestCase("")]
    [TestCase("  \r\n\t ")]
    [TestCase("\uFEFF")]
    public void An_empty_body_is_refused(string inhoud)
    {
        Geweigerd(Lees(inhoud), "dossier-leeg");
    }

    [TestCase("<dossier xmlns=\"http://www.edustandaard.nl/oso_gegevensset/2017/dossier\"><metadata/></dossier>")]
    [TestCase("<dossier><metadata/></dossier>")]
    [TestCase("<leerling xmlns=\"" + Ns + "\"><achternaam>Berg</achternaam></leerling>")]
    [TestCase("<html><body>Geen dossier</body></html>")]
    public void A_root_that_is_not_an_oso_dossier_is_refused_with_one_problem(string xml)
    {
        var probleem = Geweigerd(Lees(xml), "geen-oso-dossier");

        probleem.Plek!.Regel.ShouldBe(1);
        probleem.Melding.ShouldContain(Ns);
    }

    [Test]
    public void Binary_rubbish_is_refused_as_unreadable_without_parser_text()
    {
        var probleem = Geweigerd(Lezer.Lees("<dossier \u0001\u0002\u0003>"u8.ToArray()), "xml-onleesbaar");

        OsoLezerTests.ZonderTechniek(probleem);
    }

    private static Domain.Common.Fout Geweigerd(OsoLeesresultaat resultaat, string code)
    {
        resultaat.Dossier.ShouldBeNull();
        resultaat.Afgekapt.ShouldBeFalse();
        var probleem = resultaat.Problemen.ShouldHaveSingleItem();
        probleem.Code.ShouldBe(code);
        probleem.Soort.ShouldBe(Domain.Common.FoutSoort.Ongeldig);
        probleem.Melding.ShouldNotContain("Exception");
        probleem.Melding.ShouldNotContain(Path.GetTempPath());
        return probleem;
    }

    /// <summary>Everything the answer carries, as the API would serialise it.</summary>
    private static string Alles(OsoLeesresultaat resultaat) => JsonSerializer.Serialize(resultaat.Problemen);
}
