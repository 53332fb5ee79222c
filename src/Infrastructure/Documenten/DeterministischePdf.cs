using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace PassendOnderwijs.Infrastructure.Documenten;

/// <summary>
/// Saves a PDFsharp document so that the same content gives the same bytes. PDFsharp 6.2.4 puts three random values in
/// every file: the trailer /ID, the six-letter tag of each embedded font subset, and the xmpMM:DocumentID and InstanceID
/// of the XMP packet it writes during Save. The first two are set before saving; the XMP packet exists only in the
/// written bytes, so its two UUIDs are overwritten there with values of the same length (no offset in the file moves).
/// </summary>
internal static partial class DeterministischePdf
{
    private static readonly byte[] XmpDocumentId = Encoding.ASCII.GetBytes("<xmpMM:DocumentID>uuid:");
    private static readonly byte[] XmpInstanceId = Encoding.ASCII.GetBytes("<xmpMM:InstanceID>uuid:");

    /// <param name="documentId">16 bytes that name the document whatever its version (PDF 14.4: the first /ID).</param>
    /// <param name="versieId">16 bytes that name this content (the second /ID).</param>
    public static byte[] Bewaar(PdfDocument document, byte[] documentId, byte[] versieId)
    {
        document.Internals.FirstDocumentID = Ruw(documentId);
        document.Internals.SecondDocumentID = Ruw(versieId);
        VasteSubsetLabels(document);

        using var stroom = new MemoryStream();
        document.Save(stroom, closeStream: false);
        var bytes = stroom.ToArray();
        Overschrijf(bytes, XmpDocumentId, new Guid(documentId).ToString());
        Overschrijf(bytes, XmpInstanceId, new Guid(versieId).ToString());
        return bytes;
    }

    /// <summary>PDFsharp keeps a document ID as a string of one char per byte.</summary>
    private static string Ruw(byte[] id) => string.Create(id.Length, id, (tekens, bytes) =>
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            tekens[i] = (char)bytes[i];
        }
    });

    /// <summary>
    /// Replaces the random subset tags ("XKQWTB+Liberation Sans") by AAAAAA, AAAAAB, … in the order the objects were
    /// created, which is the order the text was set. A tag is shared by a font and its descriptor, so one map keeps them equal.
    /// </summary>
    private static void VasteSubsetLabels(PdfDocument document)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var dictionary in document.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            foreach (var sleutel in (string[])["/FontName", "/BaseFont"])
            {
                var naam = dictionary.Elements.GetName(sleutel);
                if (SubsetLabel().Match(naam) is not { Success: true } treffer)
                {
                    continue;
                }

                var oud = treffer.Groups[1].Value;
                if (!labels.TryGetValue(oud, out var nieuw))
                {
                    nieuw = Label(labels.Count);
                    labels.Add(oud, nieuw);
                }

                dictionary.Elements.SetName(sleutel, $"/{nieuw}+{naam[(oud.Length + 2)..]}");
            }
        }
    }

    private static string Label(int volgnummer) => string.Create(6, volgnummer, (tekens, nummer) =>
    {
        for (var i = tekens.Length - 1; i >= 0; i--)
        {
            tekens[i] = (char)('A' + (nummer % 26));
            nummer /= 26;
        }
    });

    private static void Overschrijf(byte[] bytes, byte[] merkteken, string uuid)
    {
        var plek = bytes.AsSpan().IndexOf(merkteken);
        if (plek < 0 || bytes.AsSpan(plek + 1).IndexOf(merkteken) >= 0)
        {
            // A PDFsharp version that writes XMP differently: refuse, rather than silently lose determinism.
            throw new InvalidOperationException($"Expected exactly one {Encoding.ASCII.GetString(merkteken)} in the saved PDF.");
        }

        Encoding.ASCII.GetBytes(uuid).CopyTo(bytes, plek + merkteken.Length);
    }

    [GeneratedRegex("^/([A-Z]{6})\\+")]
    private static partial Regex SubsetLabel();
}
