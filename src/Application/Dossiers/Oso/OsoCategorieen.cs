using System.Xml.Linq;
using PassendOnderwijs.Domain.Dossiers;
using static PassendOnderwijs.Application.Dossiers.Oso.OsoNamen;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>
/// The categories of <c>metadata/categorie_uitlevering</c> (OSO code list 48) in words, and which were not delivered:
/// OPT-UIT means the ouders objected to passing them on, VERBODEN that the profile does not allow them.
/// </summary>
public static class OsoCategorieen
{
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["cat_metadata"] = "Gegevens over het dossier",
        ["cat_ouderinzage"] = "Inzage door de ouders",
        ["cat_school"] = "Gegevens van de school",
        ["cat_leerling"] = "Gegevens van de leerling",
        ["cat_oudersverzorgers"] = "Ouders en verzorgers",
        ["cat_vve"] = "Voor- en vroegschoolse educatie",
        ["cat_schoolloopbaan"] = "Schoolloopbaan",
        ["cat_overstapadvies"] = "Overstapadvies",
        ["cat_onderwijsondersteuning"] = "Onderwijsondersteuning",
        ["cat_verzuim"] = "Verzuim",
        ["cat_eindtoetsbo"] = "Eindtoets basisonderwijs",
        ["cat_toetsresultaten"] = "Toetsresultaten",
        ["cat_handelingsplannen"] = "Handelingsplannen",
        ["cat_cijferlijsten"] = "Cijferlijsten",
        ["cat_vombo"] = "Resultaten voortgezet onderwijs en mbo",
        ["cat_bijlagedocs"] = "Overige documenten",
    };

    public static IEnumerable<Verslagregel> NietAangeleverd(XElement metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        foreach (var categorie in metadata.Element(El("categorie_uitlevering"))?.Elements() ?? [])
        {
            var reden = categorie.Value.Trim() switch
            {
                "OPT-UIT" => "Niet aangeleverd: de ouders willen niet dat deze gegevens worden overgedragen.",
                "VERBODEN" => "Niet aangeleverd: dit soort dossier mag deze gegevens niet bevatten.",
                _ => null,
            };
            if (reden is not null)
            {
                yield return new Verslagregel(Verslagsoort.Genegeerd, Labels.GetValueOrDefault(categorie.Name.LocalName, "Onbekende categorie"), reden, OsoPad.Van(categorie));
            }
        }
    }
}
