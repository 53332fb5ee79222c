using System.Xml.Linq;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Dossiers;
using static PassendOnderwijs.Application.Dossiers.Oso.OsoNamen;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>
/// The rules of the OSO validation that the XSD cannot express, over a dossier <see cref="IOsoLezer"/> found valid:
/// selective delivery (<see cref="OsoCategorieen"/>), the code lists (<see cref="OsoCodelijsten"/>) and, for this
/// endpoint, the samenwerkingsverband profile. Pure functions: the same tree gives the same problems.
/// </summary>
public static class OsoRegels
{
    /// <summary>Every rule the dossier breaks, with its path, at most <see cref="OsoGrenzen.MaxProblemen"/>.</summary>
    public static IReadOnlyList<Fout> Controleer(XDocument dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return [.. ControleerSwvProfiel(dossier)
            .Concat(OsoCategorieen.Controleer(dossier))
            .Concat(OsoCodelijsten.Controleer(dossier))
            .Take(OsoGrenzen.MaxProblemen)];
    }

    /// <summary>Whether <see cref="Controleer"/> left problems out: the dossier breaks more rules than one answer lists.</summary>
    public static bool MeerDanMaximum(XDocument dossier) =>
        ControleerSwvProfiel(dossier).Concat(OsoCategorieen.Controleer(dossier)).Concat(OsoCodelijsten.Controleer(dossier))
            .Skip(OsoGrenzen.MaxProblemen).Any();

    /// <summary>The dossier's PaO profile (<c>metadata/overstap</c>), or null when it is not a samenwerkingsverband dossier.</summary>
    public static Overdrachtsprofiel? Profiel(XDocument dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return OverdrachtsprofielCodes.Lijst.Zoek(Overstap(dossier)?.Value);
    }

    /// <summary>
    /// This endpoint receives only dossiers for a samenwerkingsverband: <c>overdrachtsoort</c> <c>swv-dossier</c> and a
    /// PaO profile in <c>overstap</c>, with its <c>categorie_uitlevering</c> (the SWV profiles brought it, 2017.1.1). A
    /// value that is not in its code list at all is left to <see cref="OsoCodelijsten"/>, so it is reported once.
    /// </summary>
    private static IEnumerable<Fout> ControleerSwvProfiel(XDocument dossier)
    {
        if (dossier.Root is not { } wortel || wortel.Element(El("metadata")) is not { } metadata) yield break;

        if (wortel.Element(El("overdrachtsoort")) is { } soort && soort.Value != "swv-dossier" && OsoCodelijsten.Overdrachtsoort.Kent(soort.Value))
        {
            yield return new Fout(FoutSoort.Ongeldig, "geen-swv-dossier",
                $"Hier kan alleen een dossier voor het samenwerkingsverband worden aangeleverd: <overdrachtsoort> moet swv-dossier zijn, niet {soort.Value}.")
            {
                Plek = OsoPad.Plek(soort),
            };
        }

        var overstap = Overstap(dossier);
        if (overstap is null || (OverdrachtsprofielCodes.Lijst.Zoek(overstap.Value) is null && OsoCodelijsten.Overstap.Kent(overstap.Value)))
        {
            var profielen = string.Join(" of ", OverdrachtsprofielCodes.Lijst.Labels.Select(p => $"{p.Key} ({p.Value})"));
            yield return new Fout(FoutSoort.Ongeldig, "geen-swv-profiel", overstap is null
                ? $"Het dossier zegt niet voor welk samenwerkingsverband het is: <overstap> in <metadata> ontbreekt. Gebruik {profielen}."
                : $"Het dossier heeft profiel {overstap.Value}, maar hier kan alleen een dossier voor een samenwerkingsverband worden aangeleverd: {profielen}.")
            {
                Plek = OsoPad.Plek(overstap ?? metadata),
            };
        }

        if (metadata.Element(El("categorie_uitlevering")) is null)
        {
            yield return new Fout(FoutSoort.Ongeldig, "categorie-uitlevering-ontbreekt",
                "Een dossier voor het samenwerkingsverband zegt per categorie of die is uitgeleverd: <categorie_uitlevering> in <metadata> ontbreekt.")
            {
                Plek = OsoPad.Plek(metadata),
            };
        }
    }

    private static XElement? Overstap(XDocument dossier) => dossier.Root?.Element(El("metadata"))?.Element(El("overstap"));
}
