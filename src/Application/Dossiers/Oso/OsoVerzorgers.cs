using System.Xml.Linq;
using PassendOnderwijs.Domain.Dossiers;
using static PassendOnderwijs.Application.Dossiers.Oso.OsoNamen;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>
/// The ouders/verzorgers, reduced to what later steps need: name, relation, wettelijk vertegenwoordiger, and one
/// phone number and e-mail address the family did not mark secret. Deceased persons are not taken over.
/// </summary>
internal static class OsoVerzorgers
{
    public static List<Verzorger> Lees(XElement leerling, List<Verslagregel> verslag)
    {
        var verzorgers = new List<Verzorger>();
        foreach (var v in leerling.Elements(El("verzorger")))
        {
            if (v.JaNee("overleden") == true)
            {
                verslag.Add(new Verslagregel(Verslagsoort.Weggelaten, "Ouder of verzorger", "Niet overgenomen: deze persoon is overleden.", OsoPad.Van(v)));
                continue;
            }

            var (voornaam, achternaam) = OsoWaarden.Naam(v);
            var communicatie = v.Element(El("communicatielijst"))?.Elements(El("communicatie"))
                .Where(c => c.JaNee("geheim") != true)
                .ToList() ?? [];
            verzorgers.Add(new Verzorger(
                $"{voornaam} {achternaam}".Trim(),
                Relatie(v.Tekst("relatietotkind")),
                v.JaNee("wettigevertegenwoordiger") ?? false,
                communicatie.FirstOrDefault(c => c.Tekst("soort") == "telefoon").Tekst("nummer"),
                communicatie.FirstOrDefault(c => c.Tekst("soort") == "e-mail").Tekst("nummer")));
        }

        if (verzorgers.Count > 0)
        {
            verslag.Add(new Verslagregel(
                Verslagsoort.Weggelaten,
                "Adressen, bankrekeningen en geheime nummers van ouders en verzorgers",
                "Niet overgenomen: alleen naam, relatie tot het kind en een telefoonnummer en e-mailadres zijn nodig om contact op te nemen."));
        }

        return verzorgers;
    }

    /// <summary>OSO code list 41 "Relatie tot kind"; the XSD names 1 vader, 2 moeder and 3 voogd, other codes are shown as "verzorger".</summary>
    private static string Relatie(string? code) => code switch
    {
        "1" => "Vader",
        "2" => "Moeder",
        "3" => "Voogd",
        _ => "Verzorger",
    };
}
