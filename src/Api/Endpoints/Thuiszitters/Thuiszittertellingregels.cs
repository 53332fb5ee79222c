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
        foreach (var tabel in telling.Tabellen)
        {
            foreach (var rij in tabel.Rijen)
            {
                regels.AddRange(tabel.Kolommen.Select((kolom, i) => new Thuiszittertellingregel(peildatum, tabel.Titel, rij.Label, kolom, rij.Cellen[i])));
                regels.Add(new(peildatum, tabel.Titel, rij.Label, Totaal, rij.Totaal));
            }

            regels.AddRange(tabel.Kolommen.Select((kolom, i) => new Thuiszittertellingregel(peildatum, tabel.Titel, Totaal, kolom, tabel.Kolomtotalen[i])));
            regels.Add(new(peildatum, tabel.Titel, Totaal, Totaal, tabel.Totaal));
        }

        return regels;
    }
}
