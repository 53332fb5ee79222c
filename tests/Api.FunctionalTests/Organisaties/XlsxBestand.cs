using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace PassendOnderwijs.Api.FunctionalTests.Organisaties;

/// <summary>
/// Writes the smallest XLSX workbook Excel opens: one sheet, text as inline strings and whole numbers as numbers, as
/// Excel itself stores a typed number (so 00 arrives as 0, as it does from a real spreadsheet). Fixed timestamps make
/// the same rows give the same bytes, so the committed example can be checked against its CSV.
/// </summary>
internal static class XlsxBestand
{
    private static readonly DateTimeOffset Vast = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Van(IEnumerable<IReadOnlyList<string>> rijen)
    {
        using var geheugen = new MemoryStream();
        using (var zip = new ZipArchive(geheugen, ZipArchiveMode.Create, leaveOpen: true))
        {
            Schrijf(zip, "[Content_Types].xml",
                """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Schrijf(zip, "_rels/.rels",
                """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Schrijf(zip, "xl/workbook.xml",
                """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Organisaties" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Schrijf(zip, "xl/_rels/workbook.xml.rels",
                """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Schrijf(zip, "xl/worksheets/sheet1.xml", Blad(rijen));
        }

        return geheugen.ToArray();
    }

    private static string Blad(IEnumerable<IReadOnlyList<string>> rijen)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        var r = 0;
        foreach (var rij in rijen)
        {
            r++;
            xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{r}\">");
            for (var k = 0; k < rij.Count; k++)
            {
                var cel = $"{(char)('A' + k)}{r}";
                var waarde = rij[k];
                if (waarde.Length == 0)
                {
                    continue;
                }

                xml.Append(waarde.All(char.IsAsciiDigit) && r > 1
                    ? string.Create(CultureInfo.InvariantCulture, $"<c r=\"{cel}\"><v>{long.Parse(waarde, CultureInfo.InvariantCulture)}</v></c>")
                    : $"<c r=\"{cel}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(waarde)}</t></is></c>");
            }

            xml.Append("</row>");
        }

        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static void Schrijf(ZipArchive zip, string naam, string inhoud)
    {
        var entry = zip.CreateEntry(naam, CompressionLevel.Optimal);
        entry.LastWriteTime = Vast;
        using var stroom = entry.Open();
        var bytes = new UTF8Encoding(false).GetBytes(inhoud);
        stroom.Write(bytes);
    }
}
