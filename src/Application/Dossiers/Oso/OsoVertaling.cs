using System.Xml.Linq;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Dossiers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Domain.Organisaties;
using static PassendOnderwijs.Application.Dossiers.Oso.OsoNamen;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>
/// Takes from a valid OSO dossier what the product keeps, and says in the report what it leaves out and why. Data
/// minimisation is the rule: a BSN or onderwijsnummer is never taken, nor addresses, bank accounts or numbers the
/// family marked secret; health data goes to the protected part only.
/// </summary>
public static class OsoVertaling
{
    public static Result<OsoDossier> Vertaal(XDocument dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var root = dossier.Root!;
        var metadata = root.Element(El("metadata"));
        var school = root.Element(El("huidigeschool"));
        var leerling = school?.Element(El("leerling"));
        var fouten = new List<Fout>();
        if (OsoRegels.Profiel(dossier) is not { } profiel)
        {
            return Result<OsoDossier>.Mislukt(OsoRegels.Controleer(dossier));
        }

        var vestiging = VestigingCode.Parse($"{school.Tekst("brincode")}{school.Tekst("vestigingscode")}");
        if (!vestiging.IsGelukt)
        {
            fouten.Add(Probleem(school ?? root, "vestiging-onbekend", "Het dossier noemt geen geldige school: geef brincode en vestigingscode van de huidige school."));
        }

        var geboortedatum = leerling.Datum("geboortedatum");
        if (leerling is null || geboortedatum is null)
        {
            fouten.Add(Probleem(leerling ?? school ?? root, "leerling-onvolledig", "Het dossier noemt de leerling niet met naam en geboortedatum."));
        }

        if (fouten.Count > 0 || leerling is null || geboortedatum is not { } geboren)
        {
            return Result<OsoDossier>.Mislukt(fouten);
        }

        var verslag = new List<Verslagregel>();
        verslag.AddRange(OsoCategorieen.NietAangeleverd(metadata!));
        var (voornaam, achternaam) = OsoWaarden.Naam(leerling);
        var loopbaan = Schoolloopbaan(leerling);
        var inhoud = new Dossierinhoud(
            vestiging.Waarde,
            profiel,
            metadata.Datum("datum") ?? DateOnly.MinValue,
            string.Join(' ', new[] { metadata.Tekst("pakketnaam"), metadata.Tekst("pakketversie") }.OfType<string>()),
            Inzage(root.Element(El("inzage"))),
            OsoVerzorgers.Lees(leerling, verslag),
            new Overdrachtsgegevens(
                loopbaan,
                OsoToetsen.Lees(leerling.Element(El("toetslijst"))),
                Handelingsplannen(leerling),
                Verzuim(leerling.Element(El("verzuim"))),
                Opp(leerling.Element(El("onderwijsondersteuning"))?.Element(El("opp"))),
                Tlvs(leerling),
                Arrangementen(leerling)),
            Beschermd(leerling.Element(El("onderwijsondersteuning")), verslag));
        OsoOvergeslagen.Meld(leerling, verslag);
        var groep = loopbaan.OrderByDescending(r => r.Begindatum).FirstOrDefault();
        return new OsoDossier(
            new OsoLeerling(leerling.Tekst("leerlingid"), voornaam, achternaam, geboren, groep?.Groep ?? groep?.Jaargroep, Postcodegebied(leerling)),
            inhoud,
            OsoBijlagen.Lees(leerling, verslag),
            verslag);
    }

    private static Fout Probleem(XElement plek, string code, string melding) =>
        Fout.Ongeldig(code, melding) with { Plek = OsoPad.Plek(plek) };

    private static Ouderinzage? Inzage(XElement? inzage) => inzage is null
        ? null
        : new Ouderinzage(
            inzage.JaNee("voorlopigdossier"),
            inzage.JaNee("inzage"),
            inzage.Datum("inzagedatum"),
            Akkoord(inzage.Tekst("akkoord")),
            inzage.Tekst("redennietakkoord"),
            Akkoord(inzage.Tekst("toestemming")));

    /// <summary>
    /// The area of the pupil's home address (the "woon" address, else the first one), never the full postcode; none for
    /// a secret address (adresgeheim), whose area is not this product's to keep either.
    /// </summary>
    private static string? Postcodegebied(XElement leerling)
    {
        if (leerling.JaNee("adresgeheim") == true)
        {
            return null;
        }

        var adressen = leerling.Element(El("adreslijst"))?.Elements(El("adres")).ToList() ?? [];
        var adres = adressen.Find(a => a.Tekst("soortadres") == "woon") ?? adressen.FirstOrDefault();
        return Leerling.PostcodegebiedVan(adres.Tekst("postcode"));
    }

    private static Akkoordantwoord? Akkoord(string? tekst) => tekst is null ? null : AkkoordantwoordCodes.Lijst.Zoek(tekst.ToLowerInvariant());

    private static List<Schoolloopbaanregel> Schoolloopbaan(XElement leerling) =>
        leerling.Element(El("schoolloopbaanlijst"))?.Elements(El("schoolloopbaan"))
            .Select(s => new Schoolloopbaanregel(
                s.Tekst("schooljaar") ?? string.Empty,
                s.Tekst("groepscode") ?? s.Tekst("groepsnaam"),
                OsoWaarden.Jaargroep(s.Tekst("jaargroep")),
                s.Tekst("brincode") is { } brin ? brin + s.Tekst("vestigingscode") : null,
                s.Datum("begindatum"),
                s.Datum("einddatum")))
            .ToList() ?? [];

    private static List<Handelingsplan> Handelingsplannen(XElement leerling) =>
        leerling.Element(El("onderwijsondersteuning"))?.Elements(El("handelingsplan"))
            .Select(h => new Handelingsplan(h.Datum("startdatum"), h.Datum("einddatum"), h.Tekst("isgerichtop")))
            .ToList() ?? [];

    private static Verzuimgegevens? Verzuim(XElement? verzuim) => verzuim is null
        ? null
        : new Verzuimgegevens(verzuim.Getal("dagdelengeoorloofd"), verzuim.Getal("dagdelenongeoorloofd"), verzuim.JaNee("meerdan25percent"), verzuim.JaNee("contactleerplicht"));

    private static EerderOpp? Opp(XElement? opp) =>
        opp.Datum("opp_ingangdatum") is { } ingang ? new EerderOpp(ingang, opp.Datum("opp_einddatum")) : null;

    private static List<EerdereTlv> Tlvs(XElement leerling)
    {
        var tlvs = new List<EerdereTlv>();
        foreach (var t in leerling.Element(El("onderwijsondersteuning"))?.Elements(El("tlv")) ?? [])
        {
            if (t.Datum("tlvingangdatum") is { } ingang)
            {
                tlvs.Add(new EerdereTlv(
                    ingang,
                    t.Datum("tlveinddatum"),
                    t.Tekst("tlvswvnummer") ?? string.Empty,
                    Categorie(t.Tekst("tlvcategorie")),
                    t.Tekst("tlvbeschikkingsnummer") ?? string.Empty));
            }
        }

        return tlvs;
    }

    /// <summary>
    /// OSO code list 31 spells "Nvt" where this product's <see cref="BekostigingscategorieCodes"/> has "NVT"; L, M and H
    /// are the same. Stored in the product's spelling, a TLV from elsewhere reads like one of this SWV's own.
    /// </summary>
    private static string Categorie(string? oso) =>
        oso is null ? string.Empty
        : BekostigingscategorieCodes.Lijst.Zoek(oso.ToUpperInvariant()) is { } categorie ? BekostigingscategorieCodes.Lijst.Code(categorie)
        : oso;

    private static List<EerderArrangement> Arrangementen(XElement leerling)
    {
        var arrangementen = new List<EerderArrangement>();
        var ondersteuning = leerling.Element(El("onderwijsondersteuning"));
        foreach (var a in ondersteuning is null ? [] : ondersteuning.Elements(El("arrangement_pao")).Concat(ondersteuning.Elements(El("arrangement_cluster12"))))
        {
            if (a.Datum("arrangement_datum") is not { } ingang)
            {
                continue;
            }

            if (a.Name == El("arrangement_pao"))
            {
                arrangementen.Add(new EerderArrangement(
                    "Ambulante begeleiding (cluster 3 of 4)", ingang, a.Datum("arrangement_einddatum"), a.Tekst("arrangement_kenmerk"), a.Tekst("arrangement_beschikkingsnr")));
            }
            else
            {
                arrangementen.Add(new EerderArrangement(
                    "Arrangement cluster 1 of 2", ingang, null, a.Tekst("arrangement_brin") is { } brin ? $"School {brin}{a.Tekst("arrangement_vestigingscode")}" : null, null));
            }
        }

        return arrangementen;
    }

    private static BeschermdeGegevens Beschermd(XElement? ondersteuning, List<Verslagregel> verslag)
    {
        if (ondersteuning is null)
        {
            return BeschermdeGegevens.Geen;
        }

        var diagnoses = ondersteuning.Elements(El("diagnose"))
            .Select(d => new Diagnose(
                d.Elements(El("code")).Select(c => c.Value.Trim()).Where(c => c.Length > 0).ToList(),
                d.Tekst("naam"), d.Datum("datum"), d.Tekst("doorwie"), d.Tekst("instantie")))
            .ToList();
        var beschermd = new BeschermdeGegevens(diagnoses, ondersteuning.JaNee("medicijngebruik"));
        if (!beschermd.IsLeeg)
        {
            verslag.Add(new Verslagregel(
                Verslagsoort.Bewaard,
                "Diagnoses en medicijngebruik",
                "Bewaard als beschermd gegeven (gezondheid). Het staat nergens in lijsten of koppelingen; een medewerker van het samenwerkingsverband ziet het pas na bewust openen, met een reden.",
                OsoPad.Van(ondersteuning)));
        }

        return beschermd;
    }
}
