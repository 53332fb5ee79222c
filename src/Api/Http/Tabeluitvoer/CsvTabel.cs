using System.Globalization;
using CsvHelper;

namespace PassendOnderwijs.Api.Http.Tabeluitvoer;

/// <summary>
/// A list as CSV for Dutch Excel users: UTF-8 with a byte order mark (without it Excel reads UTF-8 as Windows-1252 and
/// garbles ë and é) and ';' between fields (Excel with Dutch regional settings expects ';', because ',' is the decimal
/// separator). A text that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading ' (CsvHelper's
/// injection escape, as OWASP advises).
/// </summary>
internal static class CsvTabel
{
    public const string Mediatype = "text/csv";

    private static readonly CsvWriterOptions Opties = CsvWriterOptions.Default with
    {
        Separator = ';',
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public static Task SchrijfAsync<T>(Tabel<T> tabel, IEnumerable<T> rijen, Stream doel, CancellationToken ct) =>
        SchrijfAsync(tabel, rijen.ToAsyncEnumerable(), doel, ct);

    /// <summary>Rows that are read while the file is written (a long log a batch at a time): memory stays flat.</summary>
    public static async Task SchrijfAsync<T>(Tabel<T> tabel, IAsyncEnumerable<T> rijen, Stream doel, CancellationToken ct)
    {
        var csv = CsvWriter.Create(doel, Opties, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            csv.WriteHeader([.. tabel.Kolommen.Select(k => k.Kop)]);
            await foreach (var rij in rijen.WithCancellation(ct).ConfigureAwait(false))
            {
                foreach (var kolom in tabel.Kolommen)
                {
                    SchrijfCel(csv, kolom.Waarde(rij));
                }

                await csv.EndRecordAsync(ct).ConfigureAwait(false);
            }

            await csv.FlushAsync(ct).ConfigureAwait(false);
        }
    }

    private static void SchrijfCel(CsvWriter csv, Cel cel)
    {
        if (cel.Datum is { } datum)
        {
            csv.WriteField(NederlandseWeergave.Datum(datum));
        }
        else if (cel.Tijdstip is { } tijdstip)
        {
            csv.WriteField(NederlandseWeergave.Tijdstip(tijdstip));
        }
        else if (cel.Getal is { } getal)
        {
            // A Dutch spreadsheet reads a decimal comma (the same file's separator is ';').
            csv.WriteField(getal.ToString(CultureInfo.InvariantCulture).Replace('.', ','));
        }
        else
        {
            csv.WriteField(cel.Tekst);
        }
    }
}
