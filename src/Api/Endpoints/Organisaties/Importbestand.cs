using System.Data;
using System.Globalization;
using System.Text;
using ExcelDataReader;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using nietras.SeparatedValues;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Application.Organisaties.Commands.ImporteerOrganisaties;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Endpoints.Organisaties;

/// <summary>
/// Reads an uploaded table, CSV (Sep; UTF-8, separator ';' or ',' detected from the header) or XLSX (ExcelDataReader;
/// the first sheet), into a <see cref="Tabel"/>. Whatever is wrong with the file as such (not a CSV or XLSX, too large,
/// too many rows, no header) becomes one clear problem. A CSV is read as it streams in and reading stops at the first
/// row over the limit; an XLSX is a zip archive, which needs the whole file, so it is read into memory up to the size
/// limit, never beyond it.
/// </summary>
internal static class Importbestand
{
    public const string Csv = "text/csv";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static Importbestand()
    {
        // ExcelDataReader's configuration asks for code page 1252 (for old .xls files) even when it reads an .xlsx;
        // .NET has it only once the code-page provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>
    /// Cells read per row. The import knows eight columns; a sheet that claims thousands (one far-away cell is enough
    /// in an XLSX) would otherwise cost that many strings per row.
    /// </summary>
    private const int MaximumKolommen = 64;

    public static IReadOnlyList<string> Mediatypen { get; } = [Csv, Xlsx];

    public static async Task<Result<Tabel>> LeesAsync(HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > Importkolommen.MaximaleGrootte)
        {
            return TeGroot();
        }

        // A file may be larger than the API's usual body limit, up to the import's own, which the limiting stream below
        // enforces with a clear problem instead of Kestrel's bare 413.
        BegrensdeStroom.StaGroteInhoudToe(request, Importkolommen.MaximaleGrootte);

        try
        {
            await using var inhoud = new BegrensdeStroom(request.Body, Importkolommen.MaximaleGrootte);
            return Soort(request.ContentType) == Xlsx ? await LeesXlsxAsync(inhoud, ct).ConfigureAwait(false) : await LeesCsvAsync(inhoud, ct).ConfigureAwait(false);
        }
        catch (InhoudTeGrootException)
        {
            return TeGroot();
        }
    }

    private static string? Soort(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
            ? Mediatypen.FirstOrDefault(m => type.MediaType.Equals(m, StringComparison.OrdinalIgnoreCase))
            : null;

    private static async Task<Result<Tabel>> LeesCsvAsync(Stream inhoud, CancellationToken ct)
    {
        // Strict UTF-8: a file in another encoding or a binary file is refused, not read as garbage.
        using var tekst = new StreamReader(inhoud, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        try
        {
            using var reader = await Sep.Reader(o => o with
            {
                HasHeader = false,
                Unescape = true,
                Trim = SepTrim.All,
                DisableColCountCheck = true,
            }).FromAsync(tekst, ct).ConfigureAwait(false);
            List<string>? koppen = null;
            var regels = new List<Tabelregel>();
            var nummer = 0;
            await foreach (var rij in reader.ConfigureAwait(false))
            {
                nummer++;
                var cellen = new string?[Math.Min(rij.ColCount, MaximumKolommen)];
                for (var i = 0; i < cellen.Length; i++)
                {
                    cellen[i] = rij[i].ToString();
                }

                if (cellen.Any(c => c is not null && c.Contains('\0', StringComparison.Ordinal)))
                {
                    return GeenCsv();
                }

                if (koppen is null)
                {
                    koppen = [.. cellen.Select(c => c ?? string.Empty)];
                    continue;
                }

                if (Voeg(regels, nummer, cellen) is { } fout)
                {
                    return fout;
                }
            }

            return koppen is null ? Leeg() : new Tabel(koppen, regels);
        }
        catch (DecoderFallbackException)
        {
            return GeenCsv();
        }
        catch (InvalidDataException)
        {
            return GeenCsv();
        }
    }

    private static async Task<Result<Tabel>> LeesXlsxAsync(Stream inhoud, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await inhoud.CopyToAsync(buffer, ct).ConfigureAwait(false);
        buffer.Position = 0;
        try
        {
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(buffer);
            List<string>? koppen = null;
            var regels = new List<Tabelregel>();
            var nummer = 0;
            while (reader.Read())
            {
                nummer++;
                var cellen = new string?[Math.Min(reader.FieldCount, MaximumKolommen)];
                for (var i = 0; i < cellen.Length; i++)
                {
                    cellen[i] = AlsTekst(reader.GetValue(i));
                }

                if (koppen is null)
                {
                    if (cellen.All(string.IsNullOrWhiteSpace))
                    {
                        continue;
                    }

                    koppen = [.. cellen.Select(c => c ?? string.Empty)];
                    continue;
                }

                if (Voeg(regels, nummer, cellen) is { } fout)
                {
                    return fout;
                }
            }

            return koppen is null ? Leeg() : new Tabel(koppen, regels);
        }
        catch (Exception fout) when (fout is not OperationCanceledException and not InhoudTeGrootException)
        {
            // ExcelDataReader throws its own header exceptions, zip and XML exceptions alike for a file that is no XLSX.
            return OrganisatiebestandLezer.Bestandsprobleem("geen-xlsx", "Dit is geen leesbaar XLSX-bestand (Excel 2007 of nieuwer).");
        }
    }

    /// <summary>Adds a data row unless it is empty (spreadsheets leave those); a problem once the file has too many rows.</summary>
    private static Fout? Voeg(List<Tabelregel> regels, int nummer, string?[] cellen)
    {
        if (cellen.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        if (regels.Count == Importkolommen.MaximumRegels)
        {
            return OrganisatiebestandLezer.Bestandsprobleem(
                "te-veel-regels",
                string.Create(CultureInfo.InvariantCulture, $"Een bestand heeft hoogstens {Importkolommen.MaximumRegels} regels met scholen; splits het bestand."));
        }

        regels.Add(new Tabelregel(nummer, cellen));
        return null;
    }

    /// <summary>A cell as the file shows it: a whole number without decimals (a BRIN-less number such as 41234 or 0).</summary>
    private static string? AlsTekst(object? waarde) => waarde switch
    {
        null => null,
        string s => s,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => waarde.ToString(),
    };

    private static Fout TeGroot() => OrganisatiebestandLezer.Bestandsprobleem(
        "bestand-te-groot",
        string.Create(CultureInfo.InvariantCulture, $"Een bestand is hoogstens {Importkolommen.MaximaleGrootte / 1024 / 1024} MiB; splits het bestand."));

    private static Fout GeenCsv() => OrganisatiebestandLezer.Bestandsprobleem(
        "geen-csv", "Dit is geen leesbaar CSV-bestand: verwacht tekst in UTF-8 met ';' of ',' tussen de kolommen.");

    private static Fout Leeg() => OrganisatiebestandLezer.Bestandsprobleem("leeg-bestand", "Het bestand is leeg; verwacht een kopregel en regels met scholen.");
}
