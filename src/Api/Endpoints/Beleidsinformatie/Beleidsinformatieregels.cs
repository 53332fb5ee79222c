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

    /// <summary>The deelnamepercentage ignores the filters (see the dashboard's DeelnameAsync); a filtered file says so.</summary>
    private const string HeelSamenwerkingsverband = "geldt voor het hele samenwerkingsverband";

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
        var gefilterd = d.Filter.Regio is not null || d.Filter.Vestiging is not null || d.Filter.Bestuur is not null;
        void Voeg(string onderdeel, string onderwerp, string kengetal, decimal? waarde, bool klein = false) =>
            regels.Add(new(onderdeel, onderwerp, kengetal, waarde, waarde is null && klein ? Verborgen : null));
        void VoegDeelname(string onderdeel, string onderwerp, string kengetal, decimal? waarde, bool klein) =>
            regels.Add(new(onderdeel, onderwerp, kengetal, waarde, waarde is null && klein ? Verborgen : gefilterd ? HeelSamenwerkingsverband : null));

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

        // One row per teldatum and onderwijsvorm; the column totals would add pupils of different years, so they stay out.
        var deelname = d.Deelname.PerTeldatum;
        for (var r = 0; r < deelname.Rijen.Count; r++)
        {
            for (var k = 0; k < deelname.Kolommen.Count; k++)
            {
                VoegDeelname("Deelname regulier onderwijs", deelname.Rijen[r].Naam, deelname.Kolommen[k].Naam, deelname.Cellen[r][k].Aantal, deelname.Cellen[r][k].Klein);
            }

            VoegDeelname("Deelname regulier onderwijs", deelname.Rijen[r].Naam, "Totaal", deelname.Rijtotalen[r].Aantal, deelname.Rijtotalen[r].Klein);
            VoegDeelname("Deelname regulier onderwijs", deelname.Rijen[r].Naam, "Deelnamepercentage (%)", d.Deelname.Percentages[r].Waarde, d.Deelname.Percentages[r].Klein);
        }

        VoegDeelname("Deelname regulier onderwijs", "Ondersteuningsplan", "Streefpercentage (%)", d.Deelname.Streefpercentage, klein: false);

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
            Voeg("Verloop", onderwerp, "Aanmeldingen ontvangen", t.Aanmeldingen.Aantal, t.Aanmeldingen.Klein);
            foreach (var cel in t.AanmeldingBesluit)
            {
                Voeg("Verloop", onderwerp, $"Termijn besluit aanmelding: {cel.Naam}", cel.Aantal, cel.Klein);
            }

            Voeg("Verloop", onderwerp, "Thuiszitters op de laatste dag", t.Thuiszitters.Aantal, t.Thuiszitters.Klein);
            VoegDeelname("Verloop", onderwerp, "Deelnamepercentage (%) op 1 oktober", t.Deelnamepercentage.Waarde, t.Deelnamepercentage.Klein);
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
