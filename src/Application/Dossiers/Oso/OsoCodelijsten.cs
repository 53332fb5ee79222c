using System.Globalization;
using System.Xml.Linq;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>
/// The code lists the OSO XSD 2019.1 does not enforce itself ("restriction verwijderd; validatie van codelijst N in
/// XSLT"). Without the official "OSO codelijsten" file, only lists whose complete set of values is stated by the XSD's
/// documentation, the release notes of 2019.1 or the official example dossiers are checked here; lists the XSD only
/// illustrates with "zoals …" and that the examples do not settle (diagnosecodes, relatie tot kind, gewicht, profiel,
/// deeldossier, …) are not checked rather than guessed.
/// </summary>
public static class OsoCodelijsten
{
    // XSD categorieType: "Waarde uit codelijst 48 …, zoals VERPLICHT, VERBODEN, OPTIONEEL en OPT-UIT" (the four the
    // selective delivery of 2017.1 defines; the XSLT's OPT-UIT/VERBODEN rules use exactly these).
    public static OsoCodelijst CategorieUitlevering { get; } = new(48, "Categorie uitlevering", ["VERPLICHT", "VERBODEN", "OPTIONEEL", "OPT-UIT"],
        "XSD categorieType");

    // XSD geslachtType: "waarde uit {0, 1, 2} voor onbekend, vrouw resp man".
    public static OsoCodelijst Geslacht { get; } = new(14, "Geslacht", ["0", "1", "2"], "XSD geslachtType");

    // XSD jaargroepType: "P" (peutergroep), "0", "1" t/m "8" (PO), "11" t/m "16" (VO leerjaar 1 t/m 6) en "S" (SBO/SO/VSO).
    public static OsoCodelijst Jaargroep { get; } = new(13, "Jaargroepen - leerjaren",
        ["P", "0", "1", "2", "3", "4", "5", "6", "7", "8", "11", "12", "13", "14", "15", "16", "S"], "XSD jaargroepType");

    // XSD metadata/overstap names "POVO" and "POPO"; the SWV PaO profiles (release notes 2017.1.1: "nieuwe waarden bij
    // codelijst 16") are POSWV and VOSWV, as in the official examples. Other overstap profiles are not documented here.
    public static OsoCodelijst Overstap { get; } = new(16, "Overstap", ["POPO", "POVO", "POSWV", "VOSWV"],
        "XSD metadata/overstap en de voorbeelddossiers PaO");

    // XSD dossier/overdrachtsoort names "overstapdossier" and "overdrachtbinnenbrin"; "swv-dossier" is the value of the
    // SWV profiles (release notes 2017.1.1: "nieuwe waarden bij codelijst 29"), as in the official examples.
    public static OsoCodelijst Overdrachtsoort { get; } = new(29, "Overdrachtsoort", ["overstapdossier", "overdrachtbinnenbrin", "swv-dossier"],
        "XSD dossier/overdrachtsoort en de voorbeelddossiers PaO");

    // XSD adres/soortadres: "zoals bezoek, post en gba"; the examples use exactly these three.
    public static OsoCodelijst SoortAdres { get; } = new(19, "Soort adres", ["bezoek", "post", "gba"], "XSD adres/soortadres en de voorbeelddossiers");

    // XSD communicatie/soort: "zoals telefoon en e-mail"; the examples use exactly these two.
    public static OsoCodelijst CommunicatieSoort { get; } = new(4, "Communicatie soort", ["telefoon", "e-mail"],
        "XSD communicatie/soort en de voorbeelddossiers");

    // XSD communicatie/aanduiding: "zoals werk, prive en overig"; the examples use exactly these three.
    public static OsoCodelijst CommunicatieAanduiding { get; } = new(5, "Communicatie aanduiding", ["werk", "prive", "overig"],
        "XSD communicatie/aanduiding en de voorbeelddossiers");

    // XSD inzage/akkoord and inzage/toestemming: "waarde volgens codelijst 37, zoals Nee, Ja en Onbekend" (yes, no, unknown).
    public static OsoCodelijst Akkoord { get; } = new(37, "Akkoord", ["Ja", "Nee", "Onbekend"], "XSD inzage/akkoord en inzage/toestemming");

    // XSD leerling/nnca: "0 (=n.v.t.), 1 (=Nederlands) en 2 (Niet-Nederlands)".
    public static OsoCodelijst Nnca { get; } = new(10, "NNCA", ["0", "1", "2"], "XSD leerling/nnca");

    // XSD tlv/tlvcategorie: "Nvt (=niet van toepassing), H (=hoog), M (=middel) en L (=laag)", the funding categories of a TLV.
    public static OsoCodelijst TlvCategorie { get; } = new(31, "TLV bekostigingscategorie", ["Nvt", "H", "M", "L"], "XSD tlv/tlvcategorie");

    // XSD rvc/rvcindicatie: "waarde uit {LWOO, PRO}".
    public static OsoCodelijst RvcIndicatie { get; } = new(17, "RVC indicatie", ["LWOO", "PRO"], "XSD rvc/rvcindicatie");

    // Release notes 2019.1: "Validatie van codelijsten 43 (niveau eindtoets) ingeperkt tot code G"; the VOSWV example uses G.
    public static OsoCodelijst NiveauEindtoets { get; } = new(43, "Niveau eindtoets", ["G"], "release notes 2019.1, punt 3");

    // XSD EindtoetsWettelijkeOntheffingType: "J en N voor Ja resp. Nee".
    public static OsoCodelijst WettelijkeOntheffing { get; } = new(44, "Wettelijke ontheffing eindtoets", ["J", "N"], "XSD EindtoetsWettelijkeOntheffingType");

    // XSD EindtoetsReferentieniveauType: "01 t/m 04 voor Lager dan 1F, 1F, 1S resp. 2F".
    public static OsoCodelijst Referentieniveau { get; } = new(45, "Eindtoets referentieniveaus", ["01", "02", "03", "04"], "XSD EindtoetsReferentieniveauType");

    /// <summary>Which element holds a code of which list: by its own name, or by its parent's and its own where the name alone is ambiguous.</summary>
    private static readonly Dictionary<(string? Ouder, string Element), OsoCodelijst> Velden = new()
    {
        [(null, "geslacht")] = Geslacht,
        [(null, "jaargroep")] = Jaargroep,
        [(null, "leerjaar")] = Jaargroep,
        [("metadata", "overstap")] = Overstap,
        [("dossier", "overdrachtsoort")] = Overdrachtsoort,
        [("adres", "soortadres")] = SoortAdres,
        [("communicatie", "soort")] = CommunicatieSoort,
        [("communicatie", "aanduiding")] = CommunicatieAanduiding,
        [("inzage", "akkoord")] = Akkoord,
        [("inzage", "toestemming")] = Akkoord,
        [("leerling", "nnca")] = Nnca,
        [("tlv", "tlvcategorie")] = TlvCategorie,
        [("rvc", "rvcindicatie")] = RvcIndicatie,
        [("eindtoetsresultaat", "toetsniveau")] = NiveauEindtoets,
        [("eindtoetsresultaat", "wettelijke_ontheffing")] = WettelijkeOntheffing,
        [("onderdeel", "ond_referentieniveau")] = Referentieniveau,
        [("domein", "dom_referentieniveau")] = Referentieniveau,
    };

    /// <summary>The list an element's value must come from, if it is one of the lists above.</summary>
    public static OsoCodelijst? Van(XElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (element.Name.NamespaceName != OsoNamen.Namespace) return null;
        if (element.Parent is { } ouder && ouder.Name.LocalName == "categorie_uitlevering") return CategorieUitlevering;
        return Velden.GetValueOrDefault((element.Parent?.Name.LocalName, element.Name.LocalName))
            ?? Velden.GetValueOrDefault((null, element.Name.LocalName));
    }

    /// <summary>Every element whose value is not in its code list: its path, the value, and what is allowed.</summary>
    public static IEnumerable<Fout> Controleer(XDocument dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        foreach (var element in dossier.Descendants())
        {
            if (element.HasElements || Van(element) is not { } lijst) continue;
            var waarde = element.Value;
            if (lijst.Kent(waarde)) continue;
            yield return new Fout(FoutSoort.Ongeldig, "onbekende-code", string.Create(CultureInfo.InvariantCulture,
                $"<{element.Name.LocalName}> heeft de waarde '{waarde}', maar die staat niet in OSO-codelijst {lijst.Nummer} ({lijst.Naam}). Toegestaan: {Opsomming.Of(lijst.Waarden)}."))
            {
                Plek = OsoPad.Plek(element),
            };
        }
    }
}
