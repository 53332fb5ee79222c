using System.Xml.Linq;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Dossiers;
using static PassendOnderwijs.Application.Dossiers.Oso.OsoNamen;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>
/// The categories of <c>metadata/categorie_uitlevering</c> (OSO code list 48) in words, and which were not delivered:
/// OPT-UIT means the ouders objected to passing them on, VERBODEN that the profile does not allow them. The OSO
/// validation XSLT checks that a VERBODEN or OPT-UIT category is really absent (release notes 2017.1.1 point 3 and
/// 2019.1 point 4); a VERPLICHT one must be there.
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

    /// <summary>
    /// Which elements carry each category's data. From the XSD's blocks (its "hoofdblokken") and the examples, with two
    /// corrections to a plain name match: <c>overigvombo</c> ("Overige gegevens voor overstap VO-MBO") belongs to
    /// VO-MBO, and onderwijsondersteuning's <c>handelingsplan</c> is its own category, Handelingsplannen (the
    /// opt_out examples leave out exactly the handelingsplan while onderwijsondersteuning stays).
    /// </summary>
    private static readonly (string Categorie, Func<XElement, IEnumerable<XElement>> Gegevens)[] Indeling =
    [
        ("cat_metadata", d => d.Elements(El("metadata"))),
        ("cat_ouderinzage", d => d.Elements(El("inzage"))),
        ("cat_school", d => d.Elements(El("huidigeschool"))),
        ("cat_leerling", d => Leerling(d)),
        ("cat_oudersverzorgers", d => Leerling(d).Elements(El("verzorger"))),
        ("cat_vve", d => Leerling(d).Elements().Where(e => IsEen(e, "vanpeuterspeelzaal", "naampeuterspeelzaal", "voorschools", "vroegschools"))),
        ("cat_schoolloopbaan", d => Leerling(d).Elements(El("schoolloopbaanlijst"))),
        ("cat_overstapadvies", d => Leerling(d).Elements(El("overstapadvies"))),
        ("cat_onderwijsondersteuning", d => Leerling(d).Elements(El("onderwijsondersteuning")).Elements().Where(e => e.Name != El("handelingsplan"))),
        ("cat_verzuim", d => Leerling(d).Elements(El("verzuim"))),
        ("cat_eindtoetsbo", d => Leerling(d).Elements(El("eindtoets_basisonderwijs"))),
        ("cat_toetsresultaten", d => Leerling(d).Elements(El("toetslijst"))),
        ("cat_handelingsplannen", d => Leerling(d).Elements(El("onderwijsondersteuning")).Elements(El("handelingsplan"))),
        ("cat_cijferlijsten", d => Leerling(d).Elements(El("cijferlijstlijst"))),
        ("cat_vombo", d => Leerling(d).Elements().Where(e => IsEen(e, "bevorderd", "examenresultaat", "resultaatvakkenvo", "certificaat", "competenties", "stage", "overigvombo"))),
        ("cat_bijlagedocs", d => Leerling(d).Elements(El("overigdocumentlijst"))),
    ];

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

    /// <summary>Every category whose marking the dossier's content contradicts.</summary>
    public static IEnumerable<Fout> Controleer(XDocument dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (dossier.Root is not { } wortel || wortel.Element(El("metadata"))?.Element(El("categorie_uitlevering")) is not { } uitlevering)
        {
            yield break;
        }

        foreach (var (categorie, gegevens) in Indeling)
        {
            if (uitlevering.Element(El(categorie)) is not { } markering) continue;
            var aanwezig = gegevens(wortel).ToList();
            switch (markering.Value)
            {
                case "VERBODEN" or "OPT-UIT":
                    foreach (var element in aanwezig)
                    {
                        yield return new Fout(FoutSoort.Ongeldig, "categorie-toch-aanwezig",
                            $"De categorie {Labels[categorie]} staat in <categorie_uitlevering> op {markering.Value}, maar het dossier bevat toch <{element.Name.LocalName}>. "
                            + $"Gegevens van een categorie die {markering.Value} is, mogen niet in het dossier staan.")
                        {
                            Plek = OsoPad.Plek(element),
                        };
                    }

                    break;
                case "VERPLICHT" when aanwezig.Count == 0:
                    yield return new Fout(FoutSoort.Ongeldig, "categorie-verplicht-ontbreekt",
                        $"De categorie {Labels[categorie]} staat in <categorie_uitlevering> op VERPLICHT, maar het dossier bevat geen gegevens van deze categorie.")
                    {
                        Plek = OsoPad.Plek(markering),
                    };
                    break;
            }
        }
    }

    private static IEnumerable<XElement> Leerling(XElement dossier) => dossier.Elements(El("huidigeschool")).Elements(El("leerling"));

    private static bool IsEen(XElement element, params string[] namen) => element.Name.Namespace == Ns && namen.Contains(element.Name.LocalName);
}
