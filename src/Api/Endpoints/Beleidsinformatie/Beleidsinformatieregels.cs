using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Application.Beleidsinformatie.Dashboard;
using PassendOnderwijs.Application.Portfolio.Evaluatie;

namespace PassendOnderwijs.Api.Endpoints.Beleidsinformatie;

/// <summary>One row of the dashboard as a file: which part, about what, which figure, its value or why it has none.</summary>
internal sealed record Beleidsinformatieregel(string Onderdeel, string Onderwerp, string Kengetal, decimal? Waarde, string? Toelichting);

/// <summary>
/// The dashboard as one long table, one row per figure (the same long form as the portfolio evaluation's file), so a
/// spreadsheet can filter and sum it. Only ever built from the version for outsiders; a hidden figure says why it is empty.
/// </summary>
internal static class Beleidsinformatieregels
{
    /// <summary>A hidden cell can be small or hidden with a small one: which, the file does not say (that would tell).</summary>
    private const string Verborgen = "verborgen: klein aantal";

    public static Tabel<Beleidsinformatieregel> Tabel { get; } = new("beleidsinformatie",
    [
        new("Onderdeel", r => Cel.AlsTekst(r.Onderdeel)),
        new("Onderwerp", r => Cel.AlsTekst(r.Onderwerp)),
        new("Kengetal", r => Cel.AlsTekst(r.Kengetal)),
        new("Waarde", r => Cel.AlsGetal(r.Waarde)),
        new("Toelichting", r => Cel.AlsTekst(r.Toelichting)),
    ]);

    public static IReadOnlyList<Beleidsinformatieregel> Van(BeleidsinformatieDto d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var regels = new List<Beleidsinformatieregel>();
        void Voeg(string onderdeel, string onderwerp, string kengetal, decimal? waarde, bool klein = false) =>
            regels.Add(new(onderdeel, onderwerp, kengetal, waarde, waarde is null && klein ? Verborgen : null));

        var jaar = $"Schooljaar {d.Leerjaar}";
        Kruistabel(Voeg, "Arrangementen", d.ArrangementenPerSoortEnStatus, jaar);
        foreach (var soort in d.UrenEnBudgetPerSoort)
        {
            Voeg("Arrangementen toegekend", soort.Naam, "Aantal", soort.Aantal, soort.Klein);
            Voeg("Arrangementen toegekend", soort.Naam, "Uren", soort.Uren, soort.Klein);
            Voeg("Arrangementen toegekend", soort.Naam, "Budget (euro)", soort.Budget, soort.Klein);
        }

        Kruistabel(Voeg, "TLV's", d.TlvsPerSoortEnCategorie, jaar);
        Voeg("OPP's", jaar, "Nieuwe OPP's", d.Opps.Nieuw.Aantal, d.Opps.Nieuw.Klein);
        foreach (var (kengetal, cellen) in new[] { ("Vastgesteld binnen 6 weken", d.Opps.Vaststelling), ("Geëvalueerd binnen het schooljaar", d.Opps.Evaluatie) })
        {
            foreach (TelcelDto cel in cellen)
            {
                Voeg("OPP-termijnen", kengetal, cel.Naam, cel.Aantal, cel.Klein);
            }
        }

        Voeg("Aanmeldingen", jaar, "Ontvangen aanmeldingen", d.Aanmeldingen.Nieuw.Aantal, d.Aanmeldingen.Nieuw.Klein);
        foreach (var cel in d.Aanmeldingen.Besluit)
        {
            Voeg("Zorgplichttermijnen", "Besloten binnen 6 weken (of verlengd 10 weken)", cel.Naam, cel.Aantal, cel.Klein);
        }

        // The count is of one day, not of the year: the grand total names that day.
        Kruistabel(Voeg, "Thuiszitters naar duur", d.Thuiszitters.PerDuur, $"Peildatum {NederlandseWeergave.Datum(d.Thuiszitters.Peildatum)}");

        foreach (var (onderwerp, tijd) in new[] { ("Arrangementen", d.DoorlooptijdArrangementen), ("TLV's", d.DoorlooptijdTlvs) })
        {
            Voeg("Doorlooptijd aanvraag tot besluit", onderwerp, "Besloten aanvragen", tijd.Aantal, tijd.Klein);
            Voeg("Doorlooptijd aanvraag tot besluit", onderwerp, "Mediaan (dagen)", tijd.Mediaan, tijd.Klein);
            Voeg("Doorlooptijd aanvraag tot besluit", onderwerp, "90e percentiel (dagen)", tijd.P90, tijd.Klein);
        }

        Voeg("Inzet van experts", jaar, "Leerlingen", d.Experturen.Leerlingen, d.Experturen.Klein);
        Voeg("Inzet van experts", jaar, "Uren", d.Experturen.Uren, d.Experturen.Klein);
        foreach (var cel in d.Experturen.PerExpertisegebied)
        {
            Voeg("Uren per expertisegebied", cel.Naam, "Leerlingen", cel.Leerlingen, cel.Klein);
            Voeg("Uren per expertisegebied", cel.Naam, "Uren", cel.Uren, cel.Klein);
        }

        foreach (var t in d.Trend)
        {
            var onderwerp = $"Schooljaar {t.Leerjaar}";
            Voeg("Verloop", onderwerp, "Arrangementen aangevraagd", t.Arrangementen.Aantal, t.Arrangementen.Klein);
            Voeg("Verloop", onderwerp, "TLV's aangevraagd", t.Tlvs.Aantal, t.Tlvs.Klein);
            Voeg("Verloop", onderwerp, "Nieuwe OPP's", t.Opps.Aantal, t.Opps.Klein);
            Voeg("Verloop", onderwerp, "Uren van experts", t.Experturen, klein: t.Experturen is null);
        }

        return regels;
    }

    /// <summary>Every cell and total of a table as its own row: "soort / status".</summary>
    private static void Kruistabel(Action<string, string, string, decimal?, bool> voeg, string onderdeel, KruistabelDto t, string jaar)
    {
        for (var r = 0; r < t.Rijen.Count; r++)
        {
            for (var k = 0; k < t.Kolommen.Count; k++)
            {
                voeg(onderdeel, t.Rijen[r].Naam, t.Kolommen[k].Naam, t.Cellen[r][k].Aantal, t.Cellen[r][k].Klein);
            }

            voeg(onderdeel, t.Rijen[r].Naam, "Totaal", t.Rijtotalen[r].Aantal, t.Rijtotalen[r].Klein);
        }

        for (var k = 0; k < t.Kolommen.Count; k++)
        {
            voeg(onderdeel, "Totaal", t.Kolommen[k].Naam, t.Kolomtotalen[k].Aantal, t.Kolomtotalen[k].Klein);
        }

        voeg(onderdeel, jaar, "Totaal", t.Totaal.Aantal, t.Totaal.Klein);
    }
}
