using SpreadCheetah;
using SpreadCheetah.Styling;

namespace PassendOnderwijs.Api.Http.Tabeluitvoer;

/// <summary>
/// A list as an Excel workbook with one sheet, written row by row as it streams out (SpreadCheetah). Text is always a
/// string cell: SpreadCheetah writes a formula only from a <c>Formula</c> value, which this class never makes, so a
/// value such as =HYPERLINK(…) is shown, not run. Dates are real date cells (dd-mm-jjjj), so Excel can sort and filter them.
/// </summary>
internal static class XlsxTabel
{
    public const string Mediatype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static Task SchrijfAsync<T>(Tabel<T> tabel, IEnumerable<T> rijen, Stream doel, CancellationToken ct) =>
        SchrijfAsync(tabel, rijen.ToAsyncEnumerable(), doel, ct);

    /// <summary>Rows that are read while the file is written (a long log a batch at a time): memory stays flat.</summary>
    public static async Task SchrijfAsync<T>(Tabel<T> tabel, IAsyncEnumerable<T> rijen, Stream doel, CancellationToken ct)
    {
        var uitvoer = new UitgesteldeSchrijfstroom(doel);
        await using var _ = uitvoer.ConfigureAwait(false);
        var werkboek = await Spreadsheet.CreateNewAsync(uitvoer, cancellationToken: ct).ConfigureAwait(false);
        await using (werkboek.ConfigureAwait(false))
        {
            await werkboek.StartWorksheetAsync(Bladnaam(tabel.Naam), token: ct).ConfigureAwait(false);
            var kop = werkboek.AddStyle(new Style { Font = { Bold = true } });
            var datum = werkboek.AddStyle(new Style { Format = NumberFormat.Custom("dd-mm-yyyy") });
            var tijdstip = werkboek.AddStyle(new Style { Format = NumberFormat.Custom("dd-mm-yyyy hh:mm:ss") });

            await werkboek.AddRowAsync([.. tabel.Kolommen.Select(k => new Cell(k.Kop, kop))], ct).ConfigureAwait(false);
            var cellen = new Cell[tabel.Kolommen.Count];
            await foreach (var rij in rijen.WithCancellation(ct).ConfigureAwait(false))
            {
                for (var i = 0; i < cellen.Length; i++)
                {
                    cellen[i] = Maak(tabel.Kolommen[i].Waarde(rij), datum, tijdstip);
                }

                await werkboek.AddRowAsync(cellen, ct).ConfigureAwait(false);
            }

            await werkboek.FinishAsync(ct).ConfigureAwait(false);
        }

        // The zip's last bytes (its central directory) were written synchronously when the workbook closed.
        await uitvoer.FlushAsync(ct).ConfigureAwait(false);
    }

    private static Cell Maak(Cel cel, StyleId datum, StyleId tijdstip) =>
        cel.Datum is { } d ? new Cell(d.ToDateTime(TimeOnly.MinValue), datum)
        : cel.Tijdstip is { } t ? new Cell(NederlandseWeergave.Lokaal(t), tijdstip)
        : cel.Getal is { } g ? new Cell(g)
        : new Cell(cel.Tekst);

    /// <summary>Excel allows at most 31 characters in a sheet's name.</summary>
    private static string Bladnaam(string naam) => naam.Length <= 31 ? naam : naam[..31];
}
