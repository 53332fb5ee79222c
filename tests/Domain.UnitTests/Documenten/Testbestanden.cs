using System.IO.Compression;
using System.Text;

namespace PassendOnderwijs.Domain.UnitTests.Documenten;

/// <summary>The smallest real files of each kind: their true headers and, for Word and OpenDocument, real zip archives.</summary>
internal static class Testbestanden
{
    public static byte[] Pdf => "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public static byte[] Png => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>SOI, an APP0/JFIF segment and EOI: what every JPEG starts with.</summary>
    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    public static byte[] Docx => Zip(
        ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
        ("_rels/.rels", "<?xml version=\"1.0\"?><Relationships/>"),
        ("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"));

    /// <summary>As ODF 1.2 §3.3 asks: "mimetype" first and stored, then the content.</summary>
    public static byte[] Odt => Zip(
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"),
        ("META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest/>"));

    /// <summary>A Windows program: the "MZ" header a renamed .exe still has.</summary>
    public static byte[] Exe => [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .. "This program cannot be run in DOS mode."u8];

    public static byte[] Elf => [0x7F, .. "ELF"u8, 0x02, 0x01, 0x01, 0x00];

    public static byte[] Html => "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"u8.ToArray();

    public static byte[] Svg => "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray();

    public static byte[] Zip(params (string Naam, string Inhoud)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (naam, inhoud) in entries)
            {
                var entry = zip.CreateEntry(naam, naam == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var stroom = entry.Open();
                stroom.Write(Encoding.UTF8.GetBytes(inhoud));
            }
        }

        return buffer.ToArray();
    }
}
