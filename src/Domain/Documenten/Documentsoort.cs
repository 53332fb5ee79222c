using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Documenten;

/// <summary>The kinds of file a pupil's dossier may hold: documents and photos people read, nothing that runs.</summary>
public enum Documentsoort
{
    Pdf,
    Docx,
    Odt,
    Png,
    Jpeg,
}

public static partial class DocumentsoortCodes
{
    public static Codelijst<Documentsoort> Lijst { get; } = new(
        "documentsoort",
        new Dictionary<Documentsoort, (string Code, string Label)>
        {
            [Documentsoort.Pdf] = ("pdf", "PDF-document"),
            [Documentsoort.Docx] = ("docx", "Word-document"),
            [Documentsoort.Odt] = ("odt", "OpenDocument-tekst"),
            [Documentsoort.Png] = ("png", "PNG-afbeelding"),
            [Documentsoort.Jpeg] = ("jpeg", "JPEG-foto"),
        });

    /// <summary>The Content-Type a document of this kind is served with: always the one its bytes were recognised as.</summary>
    public static string Mediatype(this Documentsoort soort) => soort switch
    {
        Documentsoort.Pdf => "application/pdf",
        Documentsoort.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Documentsoort.Odt => "application/vnd.oasis.opendocument.text",
        Documentsoort.Png => "image/png",
        Documentsoort.Jpeg => "image/jpeg",
        _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, "Unknown Documentsoort."),
    };

    /// <summary>The extension a file of this kind gets when it arrives without a usable name.</summary>
    public static string Extensie(this Documentsoort soort) => soort switch
    {
        Documentsoort.Jpeg => ".jpg",
        _ => "." + Lijst.Code(soort),
    };

    /// <summary>"PDF, Word (DOCX), OpenDocument-tekst (ODT), PNG of JPEG": what a refusal says may be sent instead.</summary>
    public const string Toegestaan = "PDF, Word (DOCX), OpenDocument-tekst (ODT), PNG of JPEG";
}
