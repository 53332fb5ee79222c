using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Commands.ImporteerOrganisaties;

/// <summary>
/// The import file's columns: their names (Dutch, case-insensitive; spaces, hyphens and underscores do not count), which
/// are required, and the soort codes and labels it accepts. The README documents the same.
/// </summary>
public static class Importkolommen
{
    public const string BevoegdGezagnummer = "bevoegd-gezagnummer";
    public const string Bestuursnaam = "bestuursnaam";
    public const string Brin = "brin";
    public const string Vestigingsnummer = "vestigingsnummer";
    public const string Schoolnaam = "schoolnaam";
    public const string Soort = "soort";
    public const string Regio = "regio";
    public const string LokaalNetwerk = "lokaal netwerk";

    /// <summary>A larger file is refused as a whole, before it is read further.</summary>
    public const int MaximumRegels = 5_000;

    public const long MaximaleGrootte = 5 * 1024 * 1024;

    public static IReadOnlyList<string> Verplicht { get; } = [BevoegdGezagnummer, Brin, Vestigingsnummer, Schoolnaam, Soort];

    public static IReadOnlyList<string> Alle { get; } = [BevoegdGezagnummer, Bestuursnaam, Brin, Vestigingsnummer, Schoolnaam, Soort, Regio, LokaalNetwerk];

    /// <summary>Other names people use for the same column.</summary>
    private static readonly Dictionary<string, string> Namen = new(StringComparer.Ordinal)
    {
        ["bevoegdgezagnummer"] = BevoegdGezagnummer,
        ["bevoegdgezag"] = BevoegdGezagnummer,
        ["bestuursnummer"] = BevoegdGezagnummer,
        ["bestuursnaam"] = Bestuursnaam,
        ["naambestuur"] = Bestuursnaam,
        ["brin"] = Brin,
        ["brinnummer"] = Brin,
        ["vestigingsnummer"] = Vestigingsnummer,
        ["schoolnaam"] = Schoolnaam,
        ["naam"] = Schoolnaam,
        ["soort"] = Soort,
        ["soortschool"] = Soort,
        ["regio"] = Regio,
        ["lokaalnetwerk"] = LokaalNetwerk,
        ["netwerk"] = LokaalNetwerk,
    };

    /// <summary>The labels an SWV's own list may use instead of the codes (case-insensitive): the code list's own labels.</summary>
    public static IReadOnlyDictionary<string, SoortSchool> Soortlabels { get; } =
        Enum.GetValues<SoortSchool>().ToDictionary(SoortSchoolCodes.Lijst.Label, s => s, StringComparer.OrdinalIgnoreCase);

    public static string? Herken(string? kop)
    {
        if (kop is null)
        {
            return null;
        }

        var sleutel = new string([.. kop.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '_' or '.'))]).ToLowerInvariant();
        return Namen.GetValueOrDefault(sleutel);
    }

    public static Result<SoortSchool> LeesSoort(string? tekst) =>
        SoortSchoolCodes.Lijst.Zoek(tekst?.ToUpperInvariant()) is { } code ? code
        : tekst is not null && Soortlabels.TryGetValue(tekst, out var label) ? label
        : Fout.Ongeldig(
            "onbekende-soort",
            $"Onbekende soort \"{tekst}\". Geef de afkorting ({Opsomming.Of([.. SoortSchoolCodes.Lijst.Alle])}) of de omschrijving ({Opsomming.Of([.. Enum.GetValues<SoortSchool>().Select(SoortSchoolCodes.Lijst.LabelInZin)])}).");
}

public static class OrganisatiebestandLezer
{
    /// <summary>
    /// Matches the header to the known columns: every required column must be there, once, and no column may be
    /// unknown (a misspelt optional column would otherwise be silently ignored). All problems at once.
    /// </summary>
    public static Result<Organisatiebestand> Lees(Tabel tabel)
    {
        ArgumentNullException.ThrowIfNull(tabel);
        var fouten = new List<Fout>();
        var plaats = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tabel.Koppen.Count; i++)
        {
            var kop = tabel.Koppen[i];
            if (string.IsNullOrWhiteSpace(kop))
            {
                continue;
            }

            if (Importkolommen.Herken(kop) is not { } kolom)
            {
                fouten.Add(Probleem("onbekende-kolom", $"Onbekende kolom \"{kop.Trim()}\". Bekende kolommen: {string.Join(", ", Importkolommen.Alle)}.", kop.Trim()));
            }
            else if (!plaats.TryAdd(kolom, i))
            {
                fouten.Add(Probleem("dubbele-kolom", $"De kolom {kolom} staat er twee keer in.", kolom));
            }
        }

        foreach (var kolom in Importkolommen.Verplicht.Where(k => !plaats.ContainsKey(k)))
        {
            fouten.Add(Probleem("ontbrekende-kolom", $"De kolom {kolom} ontbreekt.", kolom));
        }

        if (fouten.Count == 0 && tabel.Regels.Count == 0)
        {
            fouten.Add(new Fout(FoutSoort.Ongeldig, "leeg-bestand", "Het bestand heeft een kopregel maar geen regels met scholen.")
            {
                Plek = new Bestandsplek(2, null),
            });
        }

        if (fouten.Count > 0)
        {
            return Result<Organisatiebestand>.Mislukt(fouten);
        }

        string? Cel(Tabelregel regel, string kolom) =>
            plaats.TryGetValue(kolom, out var i) && i < regel.Cellen.Count && !string.IsNullOrWhiteSpace(regel.Cellen[i]) ? regel.Cellen[i]!.Trim() : null;

        return new Organisatiebestand([.. tabel.Regels.Select(r => new Importregel(
            r.Regel,
            Cel(r, Importkolommen.BevoegdGezagnummer),
            Cel(r, Importkolommen.Bestuursnaam),
            Cel(r, Importkolommen.Brin),
            Cel(r, Importkolommen.Vestigingsnummer),
            Cel(r, Importkolommen.Schoolnaam),
            Cel(r, Importkolommen.Soort),
            Cel(r, Importkolommen.Regio),
            Cel(r, Importkolommen.LokaalNetwerk)))]);
    }

    /// <summary>A problem with the file as a whole (not one of its rows).</summary>
    public static Fout Bestandsprobleem(string code, string melding) =>
        new(FoutSoort.Ongeldig, code, melding) { Plek = new Bestandsplek(null, null) };

    private static Fout Probleem(string code, string melding, string kolom) =>
        new(FoutSoort.Ongeldig, code, melding) { Plek = new Bestandsplek(1, kolom) };
}
