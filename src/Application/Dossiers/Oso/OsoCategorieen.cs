using System.Xml.Linq;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>
/// Selective delivery (<c>metadata/categorie_uitlevering</c>, since 2017.1): per category the LAS says whether it is
/// VERPLICHT, VERBODEN, OPTIONEEL or OPT-UIT (the parents chose to leave it out). The OSO validation XSLT checks that a
/// VERBODEN or OPT-UIT category is really absent (release notes 2017.1.1 point 3 and 2019.1 point 4); a VERPLICHT one
/// must be there.
/// </summary>
public static class OsoCategorieen
{
    private static readonly XNamespace Ns = OsoRegels.Namespace;

    /// <summary>
    /// Which elements carry each category's data. From the XSD's blocks (its "hoofdblokken") and the examples, with two
    /// corrections to a plain name match: <c>overigvombo</c> ("Overige gegevens voor overstap VO-MBO") belongs to
    /// VO-MBO, and onderwijsondersteuning's <c>handelingsplan</c> is its own category, Handelingsplannen (the
    /// opt_out examples leave out exactly the handelingsplan while onderwijsondersteuning stays).
    /// </summary>
    private static readonly (string Categorie, string Label, Func<XElement, IEnumerable<XElement>> Gegevens)[] Indeling =
    [
        ("cat_metadata", "Metadata", d => d.Elements(Ns + "metadata")),
        ("cat_ouderinzage", "Ouderinzage", d => d.Elements(Ns + "inzage")),
        ("cat_school", "School", d => d.Elements(Ns + "huidigeschool")),
        ("cat_leerling", "Leerling", d => Leerling(d)),
        ("cat_oudersverzorgers", "Ouders/verzorgers", d => Leerling(d).Elements(Ns + "verzorger")),
        ("cat_vve", "VVE", d => Leerling(d).Elements().Where(e => e.Name == Ns + "vanpeuterspeelzaal" || e.Name == Ns + "naampeuterspeelzaal"
            || e.Name == Ns + "voorschools" || e.Name == Ns + "vroegschools")),
        ("cat_schoolloopbaan", "Schoolloopbaan", d => Leerling(d).Elements(Ns + "schoolloopbaanlijst")),
        ("cat_overstapadvies", "Overstapadvies", d => Leerling(d).Elements(Ns + "overstapadvies")),
        ("cat_onderwijsondersteuning", "Onderwijsondersteuning",
            d => Leerling(d).Elements(Ns + "onderwijsondersteuning").Elements().Where(e => e.Name != Ns + "handelingsplan")),
        ("cat_verzuim", "Verzuim", d => Leerling(d).Elements(Ns + "verzuim")),
        ("cat_eindtoetsbo", "Eindtoets BO", d => Leerling(d).Elements(Ns + "eindtoets_basisonderwijs")),
        ("cat_toetsresultaten", "Toetsresultaten", d => Leerling(d).Elements(Ns + "toetslijst")),
        ("cat_handelingsplannen", "Handelingsplannen", d => Leerling(d).Elements(Ns + "onderwijsondersteuning").Elements(Ns + "handelingsplan")),
        ("cat_cijferlijsten", "Cijferlijsten", d => Leerling(d).Elements(Ns + "cijferlijstlijst")),
        ("cat_vombo", "VO-MBO", d => Leerling(d).Elements().Where(e => e.Name == Ns + "bevorderd" || e.Name == Ns + "examenresultaat"
            || e.Name == Ns + "resultaatvakkenvo" || e.Name == Ns + "certificaat" || e.Name == Ns + "competenties" || e.Name == Ns + "stage"
            || e.Name == Ns + "overigvombo")),
        ("cat_bijlagedocs", "Bijlagedocs", d => Leerling(d).Elements(Ns + "overigdocumentlijst")),
    ];

    /// <summary>Every category whose marking the dossier's content contradicts.</summary>
    public static IEnumerable<Fout> Controleer(XDocument dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (dossier.Root is not { } wortel || wortel.Element(Ns + "metadata")?.Element(Ns + "categorie_uitlevering") is not { } uitlevering)
        {
            yield break;
        }

        foreach (var (categorie, label, gegevens) in Indeling)
        {
            if (uitlevering.Element(Ns + categorie) is not { } markering) continue;
            var aanwezig = gegevens(wortel).ToList();
            switch (markering.Value)
            {
                case "VERBODEN" or "OPT-UIT":
                    foreach (var element in aanwezig)
                    {
                        yield return new Fout(FoutSoort.Ongeldig, "categorie-toch-aanwezig",
                            $"De categorie {label} staat in <categorie_uitlevering> op {markering.Value}, maar het dossier bevat toch <{element.Name.LocalName}>. "
                            + $"Gegevens van een categorie die {markering.Value} is, mogen niet in het dossier staan.")
                        {
                            Plek = OsoPad.Plek(element),
                        };
                    }

                    break;
                case "VERPLICHT" when aanwezig.Count == 0:
                    yield return new Fout(FoutSoort.Ongeldig, "categorie-verplicht-ontbreekt",
                        $"De categorie {label} staat in <categorie_uitlevering> op VERPLICHT, maar het dossier bevat geen gegevens van deze categorie.")
                    {
                        Plek = OsoPad.Plek(markering),
                    };
                    break;
            }
        }
    }

    private static IEnumerable<XElement> Leerling(XElement dossier) =>
        dossier.Elements(Ns + "huidigeschool").Elements(Ns + "leerling");
}
