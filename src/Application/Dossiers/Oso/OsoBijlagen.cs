using System.Xml.Linq;
using PassendOnderwijs.Domain.Dossiers;
using static PassendOnderwijs.Application.Dossiers.Oso.OsoNamen;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>
/// The attached documents (<c>document</c> with <c>bestandsnaam</c> and base64 <c>bestandsinhoud</c>) of the parts
/// the import takes, named by the part they belong to. A document that belongs to a diagnosis is health data and is
/// not turned into an ordinary document; a document listed without its content cannot be kept.
/// </summary>
internal static class OsoBijlagen
{
    private static readonly (string Element, string Onderdeel)[] Onderdelen =
    [
        ("toelichting_onderwijsbehoeften", "Toelichting onderwijsbehoeften"),
        ("handelingsplan", "Handelingsplan"),
        ("opp", "Ontwikkelingsperspectiefplan"),
        ("tlv", "Toelaatbaarheidsverklaring"),
        ("verzuim", "Verzuim"),
        ("toetslijst", "Toetsresultaat"),
        ("overigdocumentlijst", "Overig document"),
        ("diagnose", "Diagnose"),
    ];

    public static List<OsoBijlage> Lees(XElement leerling, List<Verslagregel> verslag)
    {
        var bijlagen = new List<OsoBijlage>();
        foreach (var document in leerling.Descendants(El("document")))
        {
            var onderdeel = document.Ancestors().Select(a => Onderdelen.FirstOrDefault(o => o.Element == a.Name.LocalName)).FirstOrDefault(o => o.Element is not null);
            if (onderdeel.Element is null)
            {
                continue; // Part of a block the import does not take; the report names the block.
            }

            var naam = document.Tekst("bestandsnaam") ?? "naamloos";
            var pad = OsoPad.Van(document);
            if (onderdeel.Element == "diagnose")
            {
                verslag.Add(new Verslagregel(Verslagsoort.Weggelaten, $"Document \"{naam}\" bij een diagnose",
                    "Niet als document bewaard: het gaat over gezondheid. Vraag het zo nodig op bij de school.", pad));
                continue;
            }

            var inhoud = document.Tekst("bestandsinhoud");
            if (inhoud is null)
            {
                verslag.Add(new Verslagregel(Verslagsoort.Genegeerd, $"Document \"{naam}\" ({onderdeel.Onderdeel})",
                    "Het dossier noemt dit document, maar bevat het bestand zelf niet.", pad));
                continue;
            }

            bijlagen.Add(new OsoBijlage(naam, document.Tekst("omschrijving"), onderdeel.Onderdeel, inhoud, pad));
        }

        return bijlagen;
    }
}
