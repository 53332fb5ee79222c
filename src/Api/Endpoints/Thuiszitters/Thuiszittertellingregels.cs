using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Application.Thuiszitters.Queries.ExporteerThuiszittertelling;

namespace PassendOnderwijs.Api.Endpoints.Thuiszitters;

/// <summary>One cell of the count as a file row: which table, which row and column, how many (empty when hidden).</summary>
internal sealed record Thuiszittertellingregel(string Peildatum, string Tabel, string Rij, string Kolom, int? Aantal);

/// <summary>
/// The count as one long table, one row per cell (totals included), so a spreadsheet can filter and sum it; the same
/// tables, in the same order, as the page, but suppressed: a hidden figure is empty and says why.
/// </summary>
internal static class Thuiszittertellingregels
{
    private const string Totaal = "Totaal";
    private const string Verborgen = "verborgen: klein aantal";

    public static Tabel<Thuiszittertellingregel> Tabel { get; } = new("thuiszitters-telling",
    [
        new("Peildatum", r => Cel.AlsTekst(r.Peildatum)),
        new("Tabel", r => Cel.AlsTekst(r.Tabel)),
        new("Rij", r => Cel.AlsTekst(r.Rij)),
        new("Kolom", r => Cel.AlsTekst(r.Kolom)),
        new("Aantal", r => Cel.AlsGetal(r.Aantal)),
        new("Toelichting", r => Cel.AlsTekst(r.Aantal is null ? Verborgen : null)),
    ]);

    public static IReadOnlyList<Thuiszittertellingregel> Van(ThuiszittertellingbestandDto telling)
    {
        ArgumentNullException.ThrowIfNull(telling);
        var peildatum = telling.Peildatum.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var regels = new List<Thuiszittertellingregel>();
        foreach (var (_, titel, tabel) in telling.Tabellen)
        {
            for (var r = 0; r < tabel.Rijen.Count; r++)
            {
                var rij = tabel.Rijen[r].Naam;
                regels.AddRange(tabel.Kolommen.Select((kolom, k) => new Thuiszittertellingregel(peildatum, titel, rij, kolom.Naam, tabel.Cellen[r][k].Aantal)));
                regels.Add(new(peildatum, titel, rij, Totaal, tabel.Rijtotalen[r].Aantal));
            }

            regels.AddRange(tabel.Kolommen.Select((kolom, k) => new Thuiszittertellingregel(peildatum, titel, Totaal, kolom.Naam, tabel.Kolomtotalen[k].Aantal)));
            regels.Add(new(peildatum, titel, Totaal, Totaal, tabel.Totaal.Aantal));
        }

        return regels;
    }
}
