using System.Text;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Dossiers.Oso;

namespace PassendOnderwijs.Application.IntegrationTests.Oso;

/// <summary>The four official example dossiers (read through <see cref="TestSupport.OsoVoorbeelden"/>) and the reader as the API wires it.</summary>
internal static class OsoVoorbeelden
{
    public const string PoFull = TestSupport.OsoVoorbeelden.PoVolledig;
    public const string PoOptOut = TestSupport.OsoVoorbeelden.PoOptUit;
    public const string VoFull = TestSupport.OsoVoorbeelden.VoVolledig;
    public const string VoOptOut = TestSupport.OsoVoorbeelden.VoOptUit;

    public static readonly string[] Alle = [PoFull, PoOptOut, VoFull, VoOptOut];

    public static IOsoLezer Lezer => TestOmgeving.Services.GetRequiredService<IOsoLezer>();

    public static string Tekst(string naam) => TestSupport.OsoVoorbeelden.Tekst(naam);

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
