using System.Globalization;
using System.Text.RegularExpressions;

namespace PassendOnderwijs.Infrastructure.Oso;

/// <summary>
/// Turns the XSD validator's English message into a code a LAS can act on and a Dutch sentence for people. The
/// validator only offers its message text, so the kinds are recognised by the fixed sentences of .NET's schema
/// messages; one that is not recognised keeps its technical text after a Dutch lead (it names elements and values,
/// never files: the schema is embedded).
/// </summary>
internal static partial class Schemamelding
{
    public static (string Code, string Melding) Vertaal(string bericht)
    {
        ArgumentNullException.ThrowIfNull(bericht);
        if (OngeldigKind().Match(bericht) is { Success: true } kind)
        {
            return ("xsd-onverwacht-element",
                $"Het element <{Naam(kind.Groups["kind"].Value)}> hoort hier niet in <{Naam(kind.Groups["ouder"].Value)}>.{Verwacht(kind.Groups["verwacht"].Value)}");
        }

        if (Onvolledig().Match(bericht) is { Success: true } onvolledig)
        {
            return ("xsd-element-ontbreekt",
                $"In <{Naam(onvolledig.Groups["element"].Value)}> ontbreekt een verplicht element.{Verwacht(onvolledig.Groups["verwacht"].Value)}");
        }

        if (OngeldigeWaarde().Match(bericht) is { Success: true } waarde)
        {
            var element = Naam(waarde.Groups["element"].Value);
            var reden = waarde.Groups["reden"].Value;
            var tekst = waarde.Groups["waarde"].Value;
            var melding = reden.Contains("MinLength", StringComparison.Ordinal) && tekst.Length == 0
                ? $"<{element}> mag niet leeg zijn."
                : $"De waarde '{tekst}' in <{element}> is {Soort(Naam(waarde.Groups["type"].Value), reden)}.";
            return ("xsd-ongeldige-waarde", melding);
        }

        if (OnbekendAttribuut().Match(bericht) is { Success: true } attribuut)
        {
            return ("xsd-onbekend-attribuut", $"Het attribuut {Naam(attribuut.Groups["naam"].Value)} hoort niet in een OSO-dossier.");
        }

        if (OnbekendElement().Match(bericht) is { Success: true } onbekend)
        {
            return ("xsd-onbekend-element", $"Het element <{Naam(onbekend.Groups["naam"].Value)}> komt in het OSO-schema niet voor.");
        }

        if (Tekst().Match(bericht) is { Success: true } metTekst)
        {
            return ("xsd-tekst-niet-toegestaan", $"In <{Naam(metTekst.Groups["element"].Value)}> mag geen tekst staan, alleen elementen.{Verwacht(metTekst.Groups["verwacht"].Value)}");
        }

        return ("xsd-schending", $"Dit deel van het dossier voldoet niet aan het OSO-schema {OsoSchema.Versie} (technisch: {bericht})");
    }

    /// <summary>"'leerling' in namespace 'http://…'" or "'http://…:leerling'" becomes "leerling".</summary>
    private static string Naam(string tekst)
    {
        var zonder = Namespace().Replace(tekst, string.Empty).Trim().Trim('\'');
        var dubbelepunt = zonder.LastIndexOf(':');
        return dubbelepunt >= 0 ? zonder[(dubbelepunt + 1)..] : zonder;
    }

    private static string Verwacht(string lijst)
    {
        if (string.IsNullOrWhiteSpace(lijst)) return string.Empty;
        var namen = Namespace().Replace(lijst, string.Empty)
            .Replace(" as well as ", ", ", StringComparison.Ordinal)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => Naam(n.Trim('\'', '.', ' ')))
            .Where(n => n.Length > 0 && !n.StartsWith('#'))
            .Distinct(StringComparer.Ordinal)
            .Select(n => "<" + n + ">");
        return " Verwacht op deze plek: " + string.Join(", ", namen) + ".";
    }

    /// <summary>What the value should have been, in words: the XSD type's meaning, or the restriction it breaks.</summary>
    private static string Soort(string type, string reden) => type switch
    {
        "date" => "geen geldige datum (jjjj-mm-dd)",
        "boolean" => "geen geldige ja/nee-waarde (true of false)",
        "integer" or "int" or "long" or "short" or "nonNegativeInteger" or "positiveInteger" => "geen geldig geheel getal",
        "decimal" => "geen geldig getal",
        "gYear" => "geen geldig jaartal",
        _ when reden.Contains("Pattern", StringComparison.Ordinal) => string.Create(CultureInfo.InvariantCulture, $"niet in de vorm die het schema voorschrijft ({type})"),
        _ when reden.Contains("Enumeration", StringComparison.Ordinal) => string.Create(CultureInfo.InvariantCulture, $"geen van de toegestane waarden ({type})"),
        _ when reden.Contains("Length", StringComparison.Ordinal) => string.Create(CultureInfo.InvariantCulture, $"te lang of te kort ({type})"),
        _ when reden.Contains("Inclusive", StringComparison.Ordinal) || reden.Contains("Exclusive", StringComparison.Ordinal) => string.Create(CultureInfo.InvariantCulture, $"buiten het toegestane bereik ({type})"),
        _ => string.Create(CultureInfo.InvariantCulture, $"niet toegestaan voor het type {type}"),
    };

    [GeneratedRegex(@" in namespace '[^']*'")]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^The element (?<ouder>'[^']*'(?: in namespace '[^']*')?) has invalid child element (?<kind>'[^']*'(?: in namespace '[^']*')?)\.(?: List of possible elements expected: (?<verwacht>.*))?$", RegexOptions.Singleline)]
    private static partial Regex OngeldigKind();

    [GeneratedRegex(@"^The element (?<element>'[^']*'(?: in namespace '[^']*')?) has incomplete content\.(?: List of possible elements expected: (?<verwacht>.*))?$", RegexOptions.Singleline)]
    private static partial Regex Onvolledig();

    [GeneratedRegex(@"^The (?<element>'[^']*') element is invalid - The value '(?<waarde>[^']*)' is invalid according to its datatype (?<type>'[^']*')(?: - (?<reden>.*))?", RegexOptions.Singleline)]
    private static partial Regex OngeldigeWaarde();

    [GeneratedRegex(@"^The (?<naam>'[^']*') attribute is not declared", RegexOptions.Singleline)]
    private static partial Regex OnbekendAttribuut();

    [GeneratedRegex(@"^(?:Could not find schema information for the element (?<naam>'[^']*')|The (?<naam>'[^']*') element is not declared)", RegexOptions.Singleline)]
    private static partial Regex OnbekendElement();

    [GeneratedRegex(@"^The element (?<element>'[^']*'(?: in namespace '[^']*')?) cannot contain text\.(?: List of possible elements expected: (?<verwacht>.*))?", RegexOptions.Singleline)]
    private static partial Regex Tekst();
}
