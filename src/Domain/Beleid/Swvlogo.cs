using System.Text;
using System.Xml;
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

    /// <summary>The problem of a logo over <see cref="MaximumBytes"/>; also where the request is read, which stops reading there.</summary>
    public static Fout TeGroot => Fout.Ongeldig("logo-te-groot", $"Een logo is hoogstens {MaximumBytes / 1024} KiB.", "inhoud");

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
            return TeGroot;
        }

        if (inhoud.AsSpan().StartsWith(PngHandtekening))
        {
            return Png;
        }

        if (!IsSvg(inhoud))
        {
            return Fout.Ongeldig("logo-geen-png-of-svg", "Het logo is geen PNG of SVG.", "inhoud");
        }

        return OnveiligInSvg(inhoud) is { } gevonden
            ? Fout.Ongeldig(
                "logo-svg-onveilig",
                $"Een SVG-logo mag geen script, gebeurtenisattributen (on…), foreignObject of verwijzingen buiten het bestand bevatten; gevonden: {gevonden}.",
                "inhoud")
            : Svg;
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
    // doctype, the first element must be svg.
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

    /// <summary>
    /// What makes an SVG active or makes it fetch something, or null when there is nothing of the kind. The logo is
    /// served with a Content-Security-Policy that forbids all of it, but a document renderer or a browser opening a
    /// saved copy does not carry that policy, so an SVG with script (in any namespace), an event handler attribute,
    /// a foreignObject (HTML inside the image) or an href to anything but a fragment of itself is refused outright.
    /// An SVG that is no well-formed XML is refused too: what cannot be read cannot be checked. A DOCTYPE is skipped,
    /// never processed, so no entity is expanded and nothing is fetched while checking.
    /// </summary>
    private static string? OnveiligInSvg(byte[] inhoud)
    {
        var instellingen = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var stroom = new MemoryStream(inhoud, writable: false);
            using var reader = XmlReader.Create(stroom, instellingen);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName.Equals("script", StringComparison.OrdinalIgnoreCase) || reader.LocalName.Equals("foreignObject", StringComparison.OrdinalIgnoreCase))
                {
                    return $"<{reader.LocalName}>";
                }

                for (var i = 0; i < reader.AttributeCount; i++)
                {
                    reader.MoveToAttribute(i);
                    if (reader.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    {
                        return $"het attribuut {reader.Name}";
                    }

                    if (reader.LocalName.Equals("href", StringComparison.OrdinalIgnoreCase) && !reader.Value.TrimStart().StartsWith('#'))
                    {
                        return $"{reader.Name}=\"{reader.Value}\"";
                    }
                }

                reader.MoveToElement();
            }
        }
        catch (XmlException)
        {
            return "geen geldige XML";
        }

        return null;
    }
}
