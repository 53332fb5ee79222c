using System.Text;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Documenten;

/// <summary>
/// Recognises a document's kind by its first bytes (its magic number), never by its name or the type a sender claims:
/// an .exe renamed to .pdf is still an executable, and is refused. Word and OpenDocument files are zip archives; of
/// those only the directory is read (<see cref="Zipmap"/>), never the compressed content, so a zip bomb costs nothing.
/// </summary>
public static partial class DocumentsoortCodes
{
    private static readonly byte[] PdfHandtekening = "%PDF-"u8.ToArray();
    private static readonly byte[] PngHandtekening = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegHandtekening = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipHandtekening = [(byte)'P', (byte)'K', 0x03, 0x04];
    private static readonly byte[] Elf = [0x7F, (byte)'E', (byte)'L', (byte)'F'];
    private static readonly byte[] MachO = [0xCF, 0xFA, 0xED, 0xFE];
    private static readonly byte[] MachOUniversal = [0xCA, 0xFE, 0xBA, 0xBE];
    private static readonly byte[] OdtMediatype = "application/vnd.oasis.opendocument.text"u8.ToArray();

    /// <summary>The kind of the bytes, or the problem: empty, damaged, or not one of the five kinds (named, when recognisable).</summary>
    public static Result<Documentsoort> Herken(ReadOnlySpan<byte> inhoud, string? bestandsnaam)
    {
        if (inhoud.IsEmpty)
        {
            return Fout.Ongeldig("document-leeg", "Het bestand is leeg. Kies een bestand met inhoud.", "inhoud");
        }

        if (inhoud.StartsWith(PdfHandtekening))
        {
            return Documentsoort.Pdf;
        }

        if (inhoud.StartsWith(PngHandtekening))
        {
            return Documentsoort.Png;
        }

        if (inhoud.StartsWith(JpegHandtekening))
        {
            return Documentsoort.Jpeg;
        }

        if (inhoud.StartsWith(ZipHandtekening))
        {
            return HerkenZip(inhoud, bestandsnaam);
        }

        return NietToegestaan(bestandsnaam, WatHetIs(inhoud));
    }

    private static Result<Documentsoort> HerkenZip(ReadOnlySpan<byte> inhoud, string? bestandsnaam)
    {
        var map = Zipmap.Lees(inhoud);
        if (map is null)
        {
            return Fout.Ongeldig(
                "document-beschadigd",
                $"Het bestand{Naam(bestandsnaam)} lijkt een Word- of OpenDocument-bestand, maar is beschadigd of te ingewikkeld om veilig te lezen. Sla het opnieuw op en probeer het nog eens.",
                "inhoud");
        }

        // ODF 1.2 §3.3: the first entry is "mimetype", stored uncompressed, holding the document's media type.
        if (map.Namen.Count > 0 && map.Namen[0] == "mimetype" && map.EersteInhoud.SequenceEqual(OdtMediatype))
        {
            return Documentsoort.Odt;
        }

        var isWord = map.Namen.Contains("[Content_Types].xml") && map.Namen.Any(n => n.StartsWith("word/", StringComparison.Ordinal));
        if (isWord && map.Namen.Any(n => n.StartsWith("word/", StringComparison.Ordinal) && n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
        {
            return NietToegestaan(bestandsnaam, "een Word-document met macro's");
        }

        return isWord ? Documentsoort.Docx : NietToegestaan(bestandsnaam, "een zip-bestand dat geen Word- of OpenDocument-tekst is");
    }

    private static Fout NietToegestaan(string? bestandsnaam, string? watHetIs) =>
        Fout.Ongeldig(
            "documentsoort-niet-toegestaan",
            $"Het bestand{Naam(bestandsnaam)} is {watHetIs ?? "geen toegestaan soort document"}. Alleen {DocumentsoortCodes.Toegestaan} kan worden bewaard; het type wordt aan de inhoud herkend, niet aan de naam.",
            "inhoud");

    private static string Naam(string? bestandsnaam) =>
        Bestandsnaam.Schoon(bestandsnaam) is { Length: > 0 } naam ? $" \"{naam}\"" : string.Empty;

    /// <summary>What a refused file recognisably is, so the message says why; null when it is nothing in particular.</summary>
    private static string? WatHetIs(ReadOnlySpan<byte> inhoud)
    {
        if (inhoud.StartsWith("MZ"u8) || inhoud.StartsWith(Elf) || inhoud.StartsWith("#!"u8)
            || inhoud.StartsWith(MachO) || inhoud.StartsWith(MachOUniversal))
        {
            return "een programma";
        }

        var begin = Encoding.UTF8.GetString(inhoud[..Math.Min(inhoud.Length, 512)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (begin.Contains("<svg", StringComparison.Ordinal))
        {
            return "een SVG-afbeelding, die script kan bevatten";
        }

        if (begin.StartsWith("<!doctype html", StringComparison.Ordinal) || begin.StartsWith("<html", StringComparison.Ordinal) || begin.Contains("<script", StringComparison.Ordinal))
        {
            return "een webpagina (HTML)";
        }

        return begin.StartsWith("<?xml", StringComparison.Ordinal) || begin.StartsWith('<') ? "een XML- of HTML-bestand" : null;
    }
}
