using System.Xml.Linq;
using PassendOnderwijs.Application.Dossiers.Oso;
using PassendOnderwijs.Domain.Dossiers;
using PassendOnderwijs.Domain.Organisaties;
using static PassendOnderwijs.Application.IntegrationTests.Oso.OsoVoorbeelden;

namespace PassendOnderwijs.Application.IntegrationTests.Oso;

/// <summary>
/// The rules the XSD cannot express, each shown by a mutated official example: selective delivery, the code lists, and
/// the samenwerkingsverband profile this endpoint needs.
/// </summary>
public class OsoRegelsTests
{
    private static readonly XNamespace Ns = OsoNamen.Namespace;

    private const string Leerling = "/dossier/huidigeschool/leerling";

    private const string Uitlevering = "/dossier/metadata/categorie_uitlevering";

    [TestCaseSource(typeof(OsoVoorbeelden), nameof(Alle))]
    public void An_official_example_breaks_no_rule(string naam)
    {
        var dossier = Dossier(naam);

        OsoRegels.Controleer(dossier).ShouldBeEmpty();
        OsoRegels.MeerDanMaximum(dossier).ShouldBeFalse();
    }

    [TestCase(PoFull, Overdrachtsprofiel.PoSwv, Sector.Po)]
    [TestCase(PoOptOut, Overdrachtsprofiel.PoSwv, Sector.Po)]
    [TestCase(VoFull, Overdrachtsprofiel.VoSwv, Sector.Vo)]
    [TestCase(VoOptOut, Overdrachtsprofiel.VoSwv, Sector.Vo)]
    public void The_profile_of_an_example_is_its_samenwerkingsverband_sector(string naam, Overdrachtsprofiel profiel, Sector sector)
    {
        OsoRegels.Profiel(Dossier(naam)).ShouldBe(profiel);
        profiel.Sector().ShouldBe(sector);
    }

    [Test]
    public void A_forbidden_category_that_is_present_is_a_problem_for_each_of_its_elements()
    {
        var dossier = Dossier(PoFull);
        Element(dossier, Uitlevering + "/cat_vve").Value = "VERBODEN";

        var problemen = OsoRegels.Controleer(dossier);

        problemen.ShouldAllBe(p => p.Code == "categorie-toch-aanwezig");
        problemen.Select(p => p.Plek!.Pad).ShouldBe([
            Leerling + "/vanpeuterspeelzaal", Leerling + "/naampeuterspeelzaal", Leerling + "/voorschools",
            Leerling + "/vroegschools", Leerling + "/vroegschools[2]"]);
        problemen.ShouldAllBe(p => p.Plek!.Regel > 0);
        problemen[0].Melding.ShouldContain("Voor- en vroegschoolse educatie");
        problemen[0].Melding.ShouldContain("VERBODEN");
    }

    [Test]
    public void Handelingsplannen_left_out_by_the_parents_must_really_be_absent_while_the_rest_of_the_support_stays()
    {
        var dossier = Dossier(PoFull);
        Element(dossier, Uitlevering + "/cat_handelingsplannen").Value = "OPT-UIT";

        var probleem = OsoRegels.Controleer(dossier).ShouldHaveSingleItem();

        probleem.Code.ShouldBe("categorie-toch-aanwezig");
        probleem.Plek!.Pad.ShouldBe(Leerling + "/onderwijsondersteuning/handelingsplan");
        probleem.Melding.ShouldContain("OPT-UIT");
    }

    [Test]
    public void Onderwijsondersteuning_left_out_is_its_content_other_than_the_handelingsplan()
    {
        var dossier = Dossier(PoFull);
        Element(dossier, Uitlevering + "/cat_onderwijsondersteuning").Value = "OPT-UIT";

        var paden = OsoRegels.Controleer(dossier).Select(p => p.Plek!.Pad).ToList();

        paden.ShouldContain(Leerling + "/onderwijsondersteuning/diagnose[2]");
        paden.ShouldContain(Leerling + "/onderwijsondersteuning/tlv");
        paden.ShouldNotContain(Leerling + "/onderwijsondersteuning/handelingsplan");
    }

    [TestCase("cat_ouderinzage", "/dossier/inzage")]
    [TestCase("cat_schoolloopbaan", Leerling + "/schoolloopbaanlijst")]
    [TestCase("cat_overstapadvies", Leerling + "/overstapadvies")]
    [TestCase("cat_verzuim", Leerling + "/verzuim")]
    [TestCase("cat_toetsresultaten", Leerling + "/toetslijst")]
    [TestCase("cat_cijferlijsten", Leerling + "/cijferlijstlijst")]
    [TestCase("cat_bijlagedocs", Leerling + "/overigdocumentlijst")]
    [TestCase("cat_oudersverzorgers", Leerling + "/verzorger[5]")]
    [TestCase("cat_eindtoetsbo", Leerling + "/eindtoets_basisonderwijs")]
    [TestCase("cat_vombo", Leerling + "/stage")]
    [TestCase("cat_leerling", Leerling)]
    public void Each_category_left_out_points_at_the_data_that_is_still_there(string categorie, string pad)
    {
        var dossier = Dossier(VoFull);
        Element(dossier, Uitlevering + "/" + categorie).Value = "OPT-UIT";

        OsoRegels.Controleer(dossier).ShouldContain(p => p.Code == "categorie-toch-aanwezig" && p.Plek!.Pad == pad);
    }

    [Test]
    public void Overige_vo_mbo_gegevens_belong_to_the_vo_mbo_category()
    {
        var dossier = Dossier(PoFull);
        var overig = new XElement(Ns + "overigvombo", new XElement(Ns + "beroepskeuzetest", "true"));
        Element(dossier, Leerling + "/overigdocumentlijst").AddAfterSelf(overig);

        var probleem = OsoRegels.Controleer(dossier).ShouldHaveSingleItem();

        probleem.Plek!.Pad.ShouldBe(Leerling + "/overigvombo");
        probleem.Melding.ShouldContain("Resultaten voortgezet onderwijs en mbo");
    }

    [Test]
    public void A_required_category_without_data_is_a_problem_at_its_marking()
    {
        var dossier = Dossier(PoOptOut);
        dossier.Descendants(Ns + "verzorger").Remove();

        var probleem = OsoRegels.Controleer(dossier).ShouldHaveSingleItem();

        probleem.Code.ShouldBe("categorie-verplicht-ontbreekt");
        probleem.Plek!.Pad.ShouldBe(Uitlevering + "/cat_oudersverzorgers");
        probleem.Plek.Regel.ShouldNotBeNull();
        probleem.Melding.ShouldContain("Ouders en verzorgers");
    }

    [TestCase(Uitlevering + "/cat_vve", "verboden", 48)]
    [TestCase(Leerling + "/geslacht", "3", 14)]
    [TestCase(Leerling + "/verzorger/geslacht", "M", 14)]
    [TestCase(Leerling + "/schoolloopbaanlijst/schoolloopbaan/jaargroep", "9", 13)]
    [TestCase("/dossier/metadata/overstap", "POSWVX", 16)]
    [TestCase("/dossier/overdrachtsoort", "dossier", 29)]
    [TestCase("/dossier/huidigeschool/adreslijst/adres/soortadres", "thuis", 19)]
    [TestCase("/dossier/huidigeschool/communicatielijst/communicatie/soort", "fax", 4)]
    [TestCase("/dossier/huidigeschool/communicatielijst/communicatie/aanduiding", "mobiel", 5)]
    [TestCase("/dossier/inzage/akkoord", "ja", 37)]
    [TestCase("/dossier/inzage/toestemming", "Misschien", 37)]
    [TestCase(Leerling + "/nnca", "3", 10)]
    [TestCase(Leerling + "/onderwijsondersteuning/tlv/tlvcategorie", "Hoog", 31)]
    [TestCase(Leerling + "/onderwijsondersteuning/rvc/rvcindicatie", "VSO", 17)]
    [TestCase(Leerling + "/eindtoets_basisonderwijs/eindtoetsresultaat/toetsniveau", "B", 43)]
    [TestCase(Leerling + "/eindtoets_basisonderwijs/eindtoetsresultaat/wettelijke_ontheffing", "Ja", 44)]
    [TestCase(Leerling + "/eindtoets_basisonderwijs/eindtoetsresultaat/onderdelen/onderdeel[2]/ond_referentieniveau", "05", 45)]
    [TestCase(Leerling + "/eindtoets_basisonderwijs/eindtoetsresultaat/onderdelen/onderdeel/domeinen/domein/dom_referentieniveau", "1F", 45)]
    public void A_code_outside_its_list_is_a_problem_with_path_value_and_the_allowed_codes(string pad, string waarde, int lijst)
    {
        var dossier = Dossier(VoFull);
        var element = Element(dossier, pad);
        element.Value = waarde;

        var probleem = OsoRegels.Controleer(dossier).ShouldHaveSingleItem();

        probleem.Code.ShouldBe("onbekende-code");
        probleem.Plek!.Pad.ShouldBe(pad);
        probleem.Plek.Regel.ShouldBe(((System.Xml.IXmlLineInfo)element).LineNumber);
        probleem.Melding.ShouldContain($"'{waarde}'");
        probleem.Melding.ShouldContain($"codelijst {lijst} ");
        var codelijst = OsoCodelijsten.Van(element).ShouldNotBeNull();
        codelijst.Nummer.ShouldBe(lijst);
        probleem.Melding.ShouldContain(codelijst.Waarden[^1]);
    }

    [Test]
    public void Another_kind_of_transfer_is_not_for_this_endpoint()
    {
        var dossier = Dossier(PoFull);
        Element(dossier, "/dossier/overdrachtsoort").Value = "overstapdossier";

        var probleem = OsoRegels.Controleer(dossier).ShouldHaveSingleItem();

        probleem.Code.ShouldBe("geen-swv-dossier");
        probleem.Plek!.Pad.ShouldBe("/dossier/overdrachtsoort");
        probleem.Melding.ShouldContain("swv-dossier");
    }

    [Test]
    public void A_profile_of_a_school_transfer_is_not_a_samenwerkingsverband_profile()
    {
        var dossier = Dossier(VoFull);
        Element(dossier, "/dossier/metadata/overstap").Value = "POVO";

        var probleem = OsoRegels.Controleer(dossier).ShouldHaveSingleItem();

        probleem.Code.ShouldBe("geen-swv-profiel");
        probleem.Plek!.Pad.ShouldBe("/dossier/metadata/overstap");
        probleem.Melding.ShouldContain($"POSWV ({OverdrachtsprofielCodes.Lijst.Label(Overdrachtsprofiel.PoSwv)})");
        OsoRegels.Profiel(dossier).ShouldBeNull();
    }

    [Test]
    public void A_dossier_without_a_profile_says_where_it_is_missing()
    {
        var dossier = Dossier(VoOptOut);
        Element(dossier, "/dossier/metadata/overstap").Remove();

        var probleem = OsoRegels.Controleer(dossier).ShouldHaveSingleItem();

        probleem.Code.ShouldBe("geen-swv-profiel");
        probleem.Plek!.Pad.ShouldBe("/dossier/metadata");
    }

    [Test]
    public void A_samenwerkingsverband_dossier_must_say_which_categories_it_delivers()
    {
        var dossier = Dossier(PoOptOut);
        Element(dossier, Uitlevering).Remove();

        var probleem = OsoRegels.Controleer(dossier).ShouldHaveSingleItem();

        probleem.Code.ShouldBe("categorie-uitlevering-ontbreekt");
        probleem.Plek!.Pad.ShouldBe("/dossier/metadata");
    }

    [Test]
    public void More_problems_than_the_limit_are_cut_off()
    {
        var dossier = Dossier(PoOptOut);
        var leerling = Element(dossier, Leerling);
        leerling.Add(Enumerable.Range(0, OsoGrenzen.MaxProblemen + 20).Select(_ => new XElement(Ns + "geslacht", "9")));

        var problemen = OsoRegels.Controleer(dossier);

        problemen.Count.ShouldBe(OsoGrenzen.MaxProblemen);
        problemen.ShouldAllBe(p => p.Code == "onbekende-code");
        OsoRegels.MeerDanMaximum(dossier).ShouldBeTrue();
    }

    [Test]
    public void Every_checked_list_names_its_source()
    {
        var lijsten = typeof(OsoCodelijsten).GetProperties().Select(p => p.GetValue(null)).OfType<OsoCodelijst>().ToList();

        lijsten.Count.ShouldBeGreaterThanOrEqualTo(15);
        lijsten.ShouldAllBe(l => l.Bron.Length > 0 && l.Waarden.Count > 0);
        lijsten.Select(l => l.Nummer).ShouldContain(48);
    }
}
