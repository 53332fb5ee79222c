using System.Xml.Linq;
using PassendOnderwijs.Domain.Dossiers;
using static PassendOnderwijs.Application.Dossiers.Oso.OsoNamen;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>The tests taken (<c>toetslijst</c>): name, learning area, date, groep and the reported scores.</summary>
internal static class OsoToetsen
{
    public static List<Toetsresultaat> Lees(XElement? toetslijst) =>
        toetslijst?.Elements(El("toets")).Select(Toets).ToList() ?? [];

    private static Toetsresultaat Toets(XElement toets)
    {
        var identificatie = toets.Element(El("toetsidentificatie"));
        var afname = toets.Element(El("afname"));
        var resultaat = toets.Element(El("resultaat"));
        var scores = new List<string>();
        if (resultaat?.Element(El("toetsscore")) is { } score)
        {
            scores.AddRange(score.Elements().Where(e => !e.HasElements && e.Value.Trim().Length > 0).Select(e => $"{ScoreNaam(e.Name.LocalName)}: {e.Value.Trim()}"));
        }

        scores.AddRange(resultaat?.Elements(El("referentiescore"))
            .Where(r => r.Tekst("codereferentiescore") is not null && r.Tekst("waarde") is not null)
            .Select(r => $"{r.Tekst("codereferentiescore")}: {r.Tekst("waarde")}") ?? []);
        return new Toetsresultaat(
            identificatie.Tekst("toetsnaam") ?? identificatie.Tekst("eldtoetscode") ?? "Toets",
            identificatie.Tekst("leergebied"),
            afname.Datum("afnamedatum"),
            OsoWaarden.Jaargroep(afname.Tekst("jaargroep")),
            scores);
    }

    private static string ScoreNaam(string naam) => naam switch
    {
        "aantalgoed" => "Aantal goed",
        "aantalfout" => "Aantal fout",
        "aantalopgaven" => "Aantal opgaven",
        "aantalgelezen" => "Aantal gelezen",
        "vaardigheidsscore" => "Vaardigheidsscore",
        "codevaardigheidsschaal" => "Vaardigheidsschaal",
        "tijd" => "Tijd",
        _ => naam,
    };
}
