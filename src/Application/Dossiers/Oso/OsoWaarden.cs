using System.Globalization;
using System.Xml.Linq;
using static PassendOnderwijs.Application.Dossiers.Oso.OsoNamen;

namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>Typed reads of a valid dossier's elements; the XSD already checked their form, so these only convert.</summary>
internal static class OsoWaarden
{
    public static string? Tekst(this XElement? ouder, string naam) =>
        ouder?.Element(El(naam)) is { } e && !string.IsNullOrWhiteSpace(e.Value) ? e.Value.Trim() : null;

    public static DateOnly? Datum(this XElement? ouder, string naam) =>
        Tekst(ouder, naam) is { } t && DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static bool? JaNee(this XElement? ouder, string naam) => Tekst(ouder, naam) switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => null,
    };

    public static int? Getal(this XElement? ouder, string naam) =>
        Tekst(ouder, naam) is { } t && int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var g) ? g : null;

    /// <summary>OSO code list 13 (jaargroepen): P, 0–8 for PO, 11–16 for VO leerjaar 1–6, S for SBO/SO/VSO; shown in words.</summary>
    public static string? Jaargroep(string? code) => code switch
    {
        null => null,
        "P" => "Peutergroep",
        "S" => "Speciaal (basis)onderwijs",
        _ when int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var g) && g is >= 0 and <= 8 => $"Groep {g}",
        _ when int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var g) && g is >= 11 and <= 16 => $"Leerjaar {g - 10}",
        _ => code,
    };

    /// <summary>A person's name as people write it: first name (or roepnaam), voorvoegsel, achternaam.</summary>
    public static (string Voornaam, string Achternaam) Naam(XElement persoon) =>
        (persoon.Tekst("roepnaam") ?? persoon.Tekst("voornaam") ?? persoon.Tekst("voorletters-1") ?? string.Empty,
         string.Join(' ', new[] { persoon.Tekst("voorvoegsel"), persoon.Tekst("achternaam") }.OfType<string>()));
}
