using System.Net;
using System.Text;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests.Dossiers;

/// <summary>What is not a valid dossier is one 400 listing every problem with where it is, and changes nothing.</summary>
public sealed class DossierValidatieTests : DossierTest
{
    [Test]
    public async Task Every_XSD_violation_is_listed_with_its_line_and_XPath()
    {
        var xml = Gewijzigd(OsoVoorbeelden.PoVolledig, "<geboortedatum>2003-03-17</geboortedatum>", "<geboortedatum>17 maart 2003</geboortedatum>")
            .Replace("<dagdelengeoorloofd>12</dagdelengeoorloofd>", "<dagdelengeoorloofd>twaalf</dagdelengeoorloofd>", StringComparison.Ordinal);
        using var response = await LeverAanAsync(xml);
        var fouten = (await ProbleemAsync(response, 400)).GetProperty("errors").EnumerateArray().ToList();
        fouten.Count.ShouldBe(2);
        fouten.Select(f => f.GetProperty("pad").GetString()).ShouldBe([
            "/dossier/huidigeschool/leerling/geboortedatum",
            "/dossier/huidigeschool/leerling/verzuim/dagdelengeoorloofd",
        ]);
        fouten.ShouldAllBe(f => f.GetProperty("regel").GetInt32() > 1);
        (await Verwacht(HttpStatusCode.OK, HttpMethod.Get, "/api/v1/leerlingen?vestiging=" + OsoVestiging, token: IbOso)).GetProperty("totaal").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task A_malformed_document_gets_its_line_and_position()
    {
        using var response = await LeverAanAsync("<?xml version=\"1.0\"?>\n<dossier xmlns=\"http://www.edustandaard.nl/oso_gegevensset/2019/dossier\">\n  <metadata>\n</dossier>");
        var fout = (await ProbleemAsync(response, 400)).GetProperty("errors").EnumerateArray().Single();
        fout.GetProperty("regel").GetInt32().ShouldBe(4);
        fout.GetProperty("positie").GetInt32().ShouldBeGreaterThan(0);
    }

    [TestCase("<!DOCTYPE dossier [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")]
    [TestCase("<!DOCTYPE dossier [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>")]
    public async Task A_document_type_declaration_is_refused_before_anything_is_expanded_or_fetched(string doctype)
    {
        var xml = $"<?xml version=\"1.0\"?>\n{doctype}\n<dossier xmlns=\"http://www.edustandaard.nl/oso_gegevensset/2019/dossier\">&x;&d;</dossier>";
        using var response = await LeverAanAsync(xml);
        var probleem = await ProbleemAsync(response, 400);
        probleem.GetRawText().ShouldNotContain("root:");
        (await DossierAuditAsync()).ShouldContain(r => r.GetProperty("actie").GetString() == "weigeren");
    }

    [Test]
    public async Task A_body_over_the_limit_is_refused_without_reading_it_whole()
    {
        var groot = new byte[(20 * 1024 * 1024) + 1];
        Encoding.ASCII.GetBytes("<dossier>").CopyTo(groot, 0);
        using var response = await LeverAanAsync(groot);
        (await ProbleemAsync(response, 400)).GetProperty("errors")[0].GetProperty("code").GetString().ShouldBe("dossier-te-groot");
    }

    [Test]
    public async Task Another_content_type_is_a_415()
    {
        using var response = await LeverAanAsync(OsoVoorbeelden.Lees(OsoVoorbeelden.PoVolledig), contentType: "application/json");
        ((int)response.StatusCode).ShouldBe(415);
    }

    [Test]
    public void The_example_copies_are_the_official_files()
    {
        var gedeeld = OsoVoorbeelden.Gedeeld;
        if (gedeeld is null)
        {
            Assert.Ignore("No ../shared/oso beside this checkout: the copies are all there is.");
            return;
        }

        foreach (var naam in OsoVoorbeelden.Alle)
        {
            File.ReadAllBytes(Path.Combine(OsoVoorbeelden.Kopieen, naam)).ShouldBe(File.ReadAllBytes(Path.Combine(gedeeld, naam)), naam);
        }
    }
}
