using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Dossiers.Oso;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Application.IntegrationTests.Oso;

/// <summary>The four official example dossiers (tests/TestData/Oso, copies of the Edustandaard files) and the reader as the API wires it.</summary>
internal static class OsoVoorbeelden
{
    public const string PoFull = "Voorbeelddossier_PaO_POSWV_full.xml";
    public const string PoOptOut = "Voorbeelddossier_PaO_POSWV_opt_out.xml";
    public const string VoFull = "Voorbeelddossier_PaO_VOSWV_full.xml";
    public const string VoOptOut = "Voorbeelddossier_PaO_VOSWV_opt_out.xml";

    public static readonly string[] Alle = [PoFull, PoOptOut, VoFull, VoOptOut];

    public static IOsoLezer Lezer => TestOmgeving.Services.GetRequiredService<IOsoLezer>();

    public static string Tekst(string naam) => File.ReadAllText(Path.Combine(Repository.Root, "tests", "TestData", "Oso", naam), Encoding.UTF8);

    public static OsoLeesresultaat Lees(string xml) => Lezer.Lees(Encoding.UTF8.GetBytes(xml));

    /// <summary>An example read by the reader, so its elements carry their lines as in an import.</summary>
    public static XDocument Dossier(string naam) =>
        Lees(Tekst(naam)).Dossier ?? throw new InvalidOperationException(naam + " does not read as a valid dossier.");

    /// <summary>The element at an XPath as <see cref="OsoPad"/> writes it.</summary>
    public static XElement Element(XDocument dossier, string pad) => dossier.Descendants().Single(e => OsoPad.Van(e) == pad);

    /// <summary>The text with only the first occurrence of <paramref name="oud"/> replaced (the examples repeat names).</summary>
    public static string VervangEerste(this string tekst, string oud, string nieuw)
    {
        var plek = tekst.IndexOf(oud, StringComparison.Ordinal);
        return plek < 0 ? throw new ArgumentException($"'{oud}' does not occur.", nameof(oud)) : string.Concat(tekst.AsSpan(0, plek), nieuw, tekst.AsSpan(plek + oud.Length));
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="tekst"/>.</summary>
    public static int RegelVan(string xml, string tekst) => xml[..xml.IndexOf(tekst, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
