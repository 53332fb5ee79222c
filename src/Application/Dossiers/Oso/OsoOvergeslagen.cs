using System.Xml.Linq;
using PassendOnderwijs.Domain.Dossiers;
using static PassendOnderwijs.Application.Dossiers.Oso.OsoNamen;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>
/// Says in the report what the dossier holds that the product does not take, one line per kind with where it stood,
/// so a school sees nothing vanished silently. National person numbers are named apart: they are never stored.
/// </summary>
internal static class OsoOvergeslagen
{
    /// <summary>What the import reads from <c>leerling</c>; everything else is reported as not taken over.</summary>
    private static readonly HashSet<string> Overgenomen = new(StringComparer.Ordinal)
    {
        "voornaam", "voorletters-1", "voorvoegsel", "achternaam", "roepnaam", "geboortedatum", "leerlingid",
        "schoolloopbaanlijst", "onderwijsondersteuning", "verzuim", "toetslijst", "overigdocumentlijst", "verzorger",
    };

    private static readonly HashSet<string> Persoonsnummers = new(StringComparer.Ordinal) { "bsn", "onderwijsnummer" };

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["geslacht"] = "Geslacht",
        ["adresgeheim"] = "Adres geheim",
        ["adreslijst"] = "Adressen van de leerling",
        ["communicatielijst"] = "Telefoon en e-mail van de leerling",
        ["gba"] = "Gegevens uit de basisregistratie personen",
        ["adresbuitenland"] = "Adres in het buitenland",
        ["nationaliteit"] = "Nationaliteit",
        ["geboorteland"] = "Geboorteland",
        ["onderwijssinds"] = "In Nederlands onderwijs sinds",
        ["startdatumhuidigonderwijs"] = "Startdatum huidige onderwijs",
        ["datuminschrijving"] = "Datum inschrijving",
        ["datumuitschrijving"] = "Datum uitschrijving",
        ["leerlinggewicht"] = "Leerlinggewicht",
        ["nnca"] = "Niet-Nederlandse culturele achtergrond",
        ["tehuis"] = "Woont in een tehuis",
        ["huisarts"] = "Huisarts",
        ["verzorgersaansprakelijk"] = "Aansprakelijkheid van de verzorgers",
        ["aansprakelijkeinstelling"] = "Aansprakelijke instelling",
        ["overstapadvies"] = "Overstapadvies",
        ["vanpeuterspeelzaal"] = "Voor- en vroegschoolse educatie",
        ["naampeuterspeelzaal"] = "Voor- en vroegschoolse educatie",
        ["voorschools"] = "Voor- en vroegschoolse educatie",
        ["vroegschools"] = "Voor- en vroegschoolse educatie",
        ["cijferlijstlijst"] = "Cijferlijsten",
        ["eindtoets_basisonderwijs"] = "Eindtoets basisonderwijs",
        ["bevorderd"] = "Resultaten voortgezet onderwijs en mbo",
        ["examenresultaat"] = "Resultaten voortgezet onderwijs en mbo",
        ["resultaatvakkenvo"] = "Resultaten voortgezet onderwijs en mbo",
        ["certificaat"] = "Resultaten voortgezet onderwijs en mbo",
        ["competenties"] = "Resultaten voortgezet onderwijs en mbo",
        ["stage"] = "Resultaten voortgezet onderwijs en mbo",
        ["lwoo"] = "Leerwegondersteuning",
        ["rvc"] = "Besluit van de regionale verwijzingscommissie",
    };

    public static void Meld(XElement leerling, List<Verslagregel> verslag)
    {
        foreach (var nummer in leerling.Descendants().Where(e => Persoonsnummers.Contains(e.Name.LocalName)))
        {
            verslag.Add(new Verslagregel(
                Verslagsoort.Weggelaten,
                nummer.Name.LocalName == "bsn" ? "Burgerservicenummer" : "Onderwijsnummer",
                "Niet overgenomen: dit systeem bewaart nooit een burgerservicenummer of ander persoonsnummer.",
                OsoPad.Van(nummer)));
        }

        var ondersteuning = leerling.Element(El("onderwijsondersteuning"))?.Elements().Where(e => e.Name.LocalName is "lwoo" or "rvc") ?? [];
        var overig = leerling.Elements().Where(e => !Overgenomen.Contains(e.Name.LocalName) && !Persoonsnummers.Contains(e.Name.LocalName));
        foreach (var soort in overig.Concat(ondersteuning).GroupBy(e => Labels.GetValueOrDefault(e.Name.LocalName, "Overige gegevens van de leerling")))
        {
            verslag.Add(new Verslagregel(
                Verslagsoort.Genegeerd,
                soort.Key,
                "Niet overgenomen: het samenwerkingsverband heeft dit niet nodig voor passend onderwijs.",
                OsoPad.Van(soort.First())));
        }
    }
}
