using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using PassendOnderwijs.Api.Http.Tabeluitvoer;

namespace PassendOnderwijs.Api.FunctionalTests.Export;

/// <summary>The shared writers on their own: no formula survives, dates read as Dutch dates, Accept picks the format.</summary>
public class TabelbestandTests
{
    private static readonly Tabel<string> Tekst = new("proef", [new Kolom<string>("Waarde", Cel.AlsTekst)]);

    [TestCase("=1+1")]
    [TestCase("+31612345678")]
    [TestCase("-2")]
    [TestCase("@SUM(A1)")]
    [TestCase("\tverborgen")]
    [TestCase("\rverborgen")]
    public async Task A_CSV_text_that_starts_like_a_formula_gets_a_leading_quote(string waarde)
    {
        var csv = await CsvAsync(Tekst, [waarde, "gewoon"]);

        var regels = csv.Split("\r\n");
        regels[1].Trim('"').ShouldBe("'" + waarde);
        regels[2].ShouldBe("gewoon");
    }

    [Test]
    public async Task A_CSV_date_is_written_as_a_Dutch_reader_expects_and_fields_are_separated_by_semicolons()
    {
        var tabel = new Tabel<(DateOnly Dag, string Naam)>("proef",
            [new("Dag", r => Cel.AlsDatum(r.Dag)), new("Naam", r => Cel.AlsTekst(r.Naam))]);

        var csv = await CsvAsync(tabel, [(new DateOnly(2027, 3, 14), "Jansen; de")]);

        csv.ShouldBe("Dag;Naam\r\n14-03-2027;\"Jansen; de\"\r\n");
    }

    [Test]
    public async Task An_XLSX_has_no_formula_cells_only_strings()
    {
        using var bestand = new MemoryStream();
        await XlsxTabel.SchrijfAsync(Tekst, ["=1+1", "@SUM(A1)"], bestand, CancellationToken.None);

        using var zip = new ZipArchive(new MemoryStream(bestand.ToArray()), ZipArchiveMode.Read);
        using var lezer = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var blad = await lezer.ReadToEndAsync();
        blad.ShouldNotContain("<f>");
        blad.ShouldContain("=1+1");
        blad.ShouldContain("@SUM(A1)");
    }

    [TestCase(null, false)]
    [TestCase("*/*", false)]
    [TestCase("text/csv", false)]
    [TestCase("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true)]
    [TestCase("text/csv;q=0.5, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true)]
    [TestCase("text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet;q=0.5", false)]
    public void Accept_chooses_XLSX_only_when_the_client_prefers_it(string? accept, bool xlsx)
    {
        var http = new DefaultHttpContext();
        if (accept is not null)
        {
            http.Request.Headers.Accept = accept;
        }

        Tabelbestand.VraagtXlsx(http.Request).ShouldBe(xlsx);
    }

    private static async Task<string> CsvAsync<T>(Tabel<T> tabel, IEnumerable<T> rijen)
    {
        using var bestand = new MemoryStream();
        await CsvTabel.SchrijfAsync(tabel, rijen, bestand, CancellationToken.None);
        var bytes = bestand.ToArray();
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        return Encoding.UTF8.GetString(bytes[3..]);
    }
}
