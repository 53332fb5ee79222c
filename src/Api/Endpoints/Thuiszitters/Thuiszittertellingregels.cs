using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszittertelling;

namespace PassendOnderwijs.Api.Endpoints.Thuiszitters;

/// <summary>One cell of the count as a file row: which table, which row and column, how many.</summary>
internal sealed record Thuiszittertellingregel(string Peildatum, string Tabel, string Rij, string Kolom, int Aantal);

/// <summary>
/// The count as one long table, one row per cell (totals included), so a spreadsheet can filter and sum it; the same
/// tables, in the same order, as the page.
/// </summary>
internal static class Thuiszittertellingregels
{
    private const string Totaal = "Totaal";

    public static Tabel<Thuiszittertellingregel> Tabel { get; } = new("thuiszitters-telling",
    [
        new("Peildatum", r => Cel.AlsTekst(r.Peildatum)),
        new("Tabel", r => Cel.AlsTekst(r.Tabel)),
        new("Rij", r => Cel.AlsTekst(r.Rij)),
        new("Kolom", r => Cel.AlsTekst(r.Kolom)),
        new("Aantal", r => Cel.AlsGetal(r.Aantal)),
    ]);

    public static IReadOnlyList<Thuiszittertellingregel> Van(ThuiszittertellingDto telling)
    {
        ArgumentNullException.ThrowIfNull(telling);
        var peildatum = telling.Peildatum.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var regels = new List<Thuiszittertellingregel>();
        foreach (var tabel in telling.Tabellen)
        {
            foreach (var rij in tabel.Rijen)
            {
                regels.AddRange(tabel.Kolommen.Select((kolom, i) => new Thuiszittertellingregel(peildatum, tabel.Titel, rij.Label, kolom.Label, rij.Cellen[i])));
                regels.Add(new(peildatum, tabel.Titel, rij.Label, Totaal, rij.Totaal));
            }

            regels.AddRange(tabel.Kolommen.Select((kolom, i) => new Thuiszittertellingregel(peildatum, tabel.Titel, Totaal, kolom.Label, tabel.Kolomtotalen[i])));
            regels.Add(new(peildatum, tabel.Titel, Totaal, Totaal, tabel.Totaal));
        }

        return regels;
    }
}
