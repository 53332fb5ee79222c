using System.Text;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Beleid;

/// <summary>
/// The logo on the samenwerkingsverband's documents: a PNG or an SVG of at most <see cref="MaximumBytes"/>. The type
/// is taken from the bytes themselves (PNG's signature, or an SVG document), never from what the sender claims, so
/// the logo is served with a Content-Type that matches what it is. A new logo replaces the old one at once: unlike a
/// term, a logo changes nobody's rights or deadlines.
/// </summary>
public sealed class Swvlogo : AggregateRoot<SwvCode>
{
    public const int MaximumBytes = 256 * 1024;
    public const string Png = "image/png";
    public const string Svg = "image/svg+xml";

    private static readonly byte[] PngHandtekening = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private Swvlogo()
    {
        Mediatype = Png;
        Inhoud = [];
    }

    public string Mediatype { get; private set; }

    public byte[] Inhoud { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public static Swvlogo Nieuw(SwvCode samenwerkingsverband) => new() { Id = samenwerkingsverband };

    /// <summary>The media type the bytes are, or the problem: empty, too large, or neither a PNG nor an SVG.</summary>
    public static Result<string> Herken(byte[]? inhoud)
    {
        if (inhoud is null || inhoud.Length == 0)
        {
            return Fout.Ongeldig("logo-vereist", "Stuur het logo mee: een PNG of een SVG.", "inhoud");
        }

        if (inhoud.Length > MaximumBytes)
        {
            return Fout.Ongeldig("logo-te-groot", $"Een logo is hoogstens {MaximumBytes / 1024} KiB.", "inhoud");
        }

        if (inhoud.AsSpan().StartsWith(PngHandtekening))
        {
            return Png;
        }

        return IsSvg(inhoud) ? Svg : Fout.Ongeldig("logo-geen-png-of-svg", "Het logo is geen PNG of SVG.", "inhoud");
    }

    public Result<Swvlogo> Vervang(byte[]? inhoud, DateTimeOffset nu)
    {
        var mediatype = Herken(inhoud);
        if (!mediatype.Lukt(out var soort))
        {
            return Result<Swvlogo>.Mislukt(mediatype.Fouten);
        }

        Mediatype = soort;
        Inhoud = inhoud!;
        GewijzigdOp = nu;
        return this;
    }

    // An SVG is UTF-8 XML whose root element is <svg>: after an optional BOM, an XML declaration, comments or a
    // doctype, the first element must be svg. Script in an SVG is harmless here because it is only served as an
    // image with a restrictive Content-Security-Policy, never inlined into a page.
    private static bool IsSvg(byte[] inhoud)
    {
        string tekst;
        try
        {
            tekst = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(inhoud).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var i = 0;
        while (i < tekst.Length)
        {
            while (i < tekst.Length && char.IsWhiteSpace(tekst[i]))
            {
                i++;
            }

            if (i >= tekst.Length || tekst[i] != '<')
            {
                return false;
            }

            if (string.CompareOrdinal(tekst, i, "<?", 0, 2) == 0 || string.CompareOrdinal(tekst, i, "<!--", 0, 4) == 0 || string.CompareOrdinal(tekst, i, "<!DOCTYPE", 0, 9) == 0)
            {
                var commentaar = string.CompareOrdinal(tekst, i, "<!--", 0, 4) == 0;
                var einde = commentaar ? tekst.IndexOf("-->", i, StringComparison.Ordinal) : tekst.IndexOf('>', i);
                if (einde < 0)
                {
                    return false;
                }

                i = einde + (commentaar ? 3 : 1);
                continue;
            }

            return string.CompareOrdinal(tekst, i, "<svg", 0, 4) == 0 && i + 4 < tekst.Length && (char.IsWhiteSpace(tekst[i + 4]) || tekst[i + 4] is '>' or '/');
        }

        return false;
    }
}
