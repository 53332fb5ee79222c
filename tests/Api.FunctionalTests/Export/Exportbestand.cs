using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using ExcelDataReader;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests.Export;

/// <summary>Reads an exported file as a person's spreadsheet would: the lines of a CSV, the rows and cells of a workbook.</summary>
internal static class Exportbestand
{
    public const string Csv = "text/csv";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Today in a file's name: arrangementen-2026-11-24.csv.</summary>
    public static string Vandaag { get; } = VasteKlok.Standaard.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The lines of a CSV answer (header first), after checking it is one: 200, text/csv, a byte order mark, named <paramref name="lijst"/>.</summary>
    public static async Task<string[]> CsvRegelsAsync(HttpResponseMessage response, string lijst)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe(Csv);
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe($"{lijst}-{Vandaag}.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble(), "a byte order mark, so Excel reads UTF-8");
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The rows of an XLSX answer (header first), each cell as the reader types it (a date cell is a DateTime).</summary>
    public static async Task<List<object?[]>> XlsxRijenAsync(HttpResponseMessage response, string lijst)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe(Xlsx);
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe($"{lijst}-{Vandaag}.xlsx");
        using var stroom = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var lezer = ExcelReaderFactory.CreateOpenXmlReader(stroom);
        var rijen = new List<object?[]>();
        while (lezer.Read())
        {
            rijen.Add([.. Enumerable.Range(0, lezer.FieldCount).Select(lezer.GetValue)]);
        }

        return rijen;
    }

    /// <summary>The XML of the workbook's one sheet, to see how a cell is stored (a string, never a formula).</summary>
    public static async Task<string> BladXmlAsync(byte[] werkboek)
    {
        using var zip = new ZipArchive(new MemoryStream(werkboek), ZipArchiveMode.Read);
        var blad = zip.GetEntry("xl/worksheets/sheet1.xml").ShouldNotBeNull();
        using var lezer = new StreamReader(blad.Open());
        return await lezer.ReadToEndAsync();
    }
}
