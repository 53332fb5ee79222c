using PdfSharp.Fonts;

namespace PassendOnderwijs.Infrastructure.Documenten;

/// <summary>
/// The one font of our documents, shipped inside this assembly (Liberation Sans 2.1.5, SIL Open Font License 1.1: see
/// Lettertypen/OFL.txt), so a PDF looks the same on every machine and needs no fonts installed. PDFsharp has no fonts
/// of its own on Linux: it asks a process-wide resolver. Bold is simulated from the regular face, which keeps the
/// assembly a few hundred KB lighter than shipping a second face.
/// </summary>
internal sealed class LiberationSans : IFontResolver
{
    public const string Familie = "Liberation Sans";

    private const string Gezicht = "LiberationSans-Regular";
    private const string Bron = "PassendOnderwijs.Infrastructure.Documenten.LiberationSans-Regular.ttf";

    private static readonly Lazy<byte[]> Bestand = new(LeesBestand);
    private static readonly Lock Slot = new();

    private LiberationSans()
    {
    }

    /// <summary>
    /// Installs the resolver once per process. PDFsharp refuses a different resolver after the first font was used, so
    /// another one already in place means our documents would render with the wrong font: say so instead.
    /// </summary>
    public static void Registreer()
    {
        lock (Slot)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new LiberationSans();
            }

            if (GlobalFontSettings.FontResolver is not LiberationSans)
            {
                throw new InvalidOperationException(
                    $"PDFsharp already uses the font resolver {GlobalFontSettings.FontResolver.GetType().FullName}; documents need {nameof(LiberationSans)}.");
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Familie, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(Gezicht, bold, italic)
            : null;

    public byte[]? GetFont(string faceName) => faceName == Gezicht ? Bestand.Value : null;

    private static byte[] LeesBestand()
    {
        using var stroom = typeof(LiberationSans).Assembly.GetManifestResourceStream(Bron)
            ?? throw new InvalidOperationException($"The font {Bron} is not embedded in the assembly.");
        using var kopie = new MemoryStream();
        stroom.CopyTo(kopie);
        return kopie.ToArray();
    }
}
