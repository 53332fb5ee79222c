using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Portfolio.Tevredenheid;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Domain.Beleidsinformatie.Onderdrukking;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;
using PassendOnderwijs.Domain.Portfolio.Evaluatie;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;
using PassendOnderwijs.Domain.Portfolio.Middelen;
using PassendOnderwijs.Domain.Portfolio.Tevredenheid;

namespace PassendOnderwijs.Application.Portfolio.Evaluatie;

/// <summary>
/// Puts one regio's year together from the portfolio's records, for the page, the CSV and the PDF alike. The tenant
/// filters keep every read inside the caller's samenwerkingsverband. One regio's year is at most a few hundred inzetten
/// and cases: read once and counted here, by the domain's rules for hours and small cells.
/// </summary>
internal static class Portfolioevaluatie
{
    public const string NogGeenUitkomst = "nog-geen-uitkomst";
    public const string NietGestart = "niet-gestart";

    /// <summary>A calendar year as the middelen and projects know them (<see cref="Bedrag.ControleerJaar"/>).</summary>
    private static Result<int> LeesJaar(string? jaar)
    {
        int? waarde = int.TryParse(jaar, NumberStyles.None, CultureInfo.InvariantCulture, out var getal) ? getal : null;
        return Bedrag.ControleerJaar(waarde) is { } fout ? fout : waarde!.Value;
    }

    public static async Task<Result<PortfolioevaluatieDto>> StelOpAsync(
        IApplicationDbContext db, string regio, string? jaartekst, bool voorBestuur, DateOnly vandaag, CancellationToken ct)
    {
        var swv = await db.Samenwerkingsverbanden.AsNoTracking().Select(s => new { s.Naam, s.Regios }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var gevonden = swv?.Regios.FirstOrDefault(r => string.Equals(r.Naam, regio, StringComparison.OrdinalIgnoreCase));
        if (swv is null || gevonden is null)
        {
            return Fout.NietGevonden("regio-onbekend", $"Het samenwerkingsverband heeft geen regio '{regio}'.");
        }

        var gelezen = LeesJaar(jaartekst);
        if (!gelezen.Lukt(out var jaar))
        {
            return Result<PortfolioevaluatieDto>.Mislukt(gelezen.Fouten);
        }

        var naam = gevonden.Naam;
        var drempel = await db.KleineAantallenDrempelOpAsync(vandaag, ct).ConfigureAwait(false);
        var klein = (int aantal) => Kleinecelonderdrukking.IsKlein(aantal, drempel);
        var van = NederlandseDatum.Begin(new DateOnly(jaar, 1, 1));
        var tot = NederlandseDatum.Begin(new DateOnly(jaar + 1, 1, 1));
        var scholen = await db.Scholen.AsNoTracking().Select(s => new { s.Vestiging, s.Naam, s.Regio, s.SchoolbestuurId }).ToListAsync(ct).ConfigureAwait(false);
        var schoolnamen = scholen.ToDictionary(s => s.Vestiging.Waarde, s => s.Naam, StringComparer.Ordinal);

        // An inzet belongs to the regio of the case it came from. One that started after the year has no hours in it, and
        // one unchanged since the year began cannot have hours dated in it (an hour is registered on or after its date)
        // nor have closed in it: so the read stays one year's inzetten, however many years the regio has.
        var inzetten = await db.Expertinzetten.AsNoTracking()
            .Where(i => i.GestartOp < tot && i.GewijzigdOp >= van && db.Casussen.Any(c => c.Id == i.CasusId && c.Regio == naam))
            .ToListAsync(ct).ConfigureAwait(false);
        var casussen = await db.Casussen.AsNoTracking()
            .Where(c => c.Regio == naam && c.IngebrachtOp >= van && c.IngebrachtOp < tot)
            .GroupBy(c => c.UitkomstSoort).Select(g => new { Soort = g.Key, Aantal = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);
        var besprekingen = await db.Netwerkbesprekingen.AsNoTracking()
            .CountAsync(b => b.Regio == naam && b.Datum >= new DateOnly(jaar, 1, 1) && b.Datum < new DateOnly(jaar + 1, 1, 1), ct).ConfigureAwait(false);
        var onderzoeken = await db.Tevredenheidsonderzoeken.AsNoTracking()
            .Where(o => o.Regio == naam && o.VerstuurdOp >= van && o.VerstuurdOp < tot)
            .ToListAsync(ct).ConfigureAwait(false);

        var uren = Urenverdeling.Verdeel(inzetten, jaar, _ => naam).SingleOrDefault();
        var leerlingen = uren?.Leerlingen ?? 0;
        var afgesloten = inzetten
            .Where(i => i.Afsluiting is { } a && a.Op >= van && a.Op < tot)
            .GroupBy(i => i.Afsluiting!.Resultaat)
            .Select(g => (Sleutel: InzetresultaatCodes.Lijst.Code(g.Key), Naam: InzetresultaatCodes.Lijst.Label(g.Key), Aantal: g.Count()))
            .OrderBy(c => c.Sleutel, StringComparer.Ordinal)
            .ToList();
        var uitkomsten = casussen
            .Select(c => c.Soort is { } soort
                ? (Sleutel: CasuistiekCodes.Uitkomstsoorten.Code(soort), Naam: CasuistiekCodes.Uitkomstsoorten.Label(soort), c.Aantal)
                : (Sleutel: NogGeenUitkomst, Naam: "Nog geen uitkomst", c.Aantal))
            .OrderBy(c => c.Sleutel, StringComparer.Ordinal)
            .ToList();
        var aantalCasussen = casussen.Sum(c => c.Aantal);

        return new PortfolioevaluatieDto(
            swv.Naam,
            naam,
            jaar,
            voorBestuur,
            drempel,
            new ExpertureninzetDto(
                voorBestuur && klein(leerlingen) ? null : leerlingen,
                voorBestuur && klein(leerlingen) ? null : uren?.Uren ?? 0,
                klein(leerlingen),
                Urencellen(Urenverdeling.Verdeel(inzetten, jaar, i => i.Expertisegebied)
                    .Select(r => (ExpertisegebiedCodes.Lijst.Code(r.Sleutel), ExpertisegebiedCodes.Lijst.Label(r.Sleutel), r.Leerlingen, r.Uren)), voorBestuur, drempel),
                Urencellen(Urenverdeling.Verdeel(inzetten, jaar, i => i.Vestiging.Waarde)
                    .Select(r => (r.Sleutel, schoolnamen.GetValueOrDefault(r.Sleutel, r.Sleutel), r.Leerlingen, r.Uren)), voorBestuur, drempel)),
            new CasuistiekoverzichtDto(
                besprekingen,
                voorBestuur && klein(aantalCasussen) ? null : aantalCasussen,
                klein(aantalCasussen),
                Telcellen(uitkomsten, voorBestuur, drempel),
                Telcellen(afgesloten, voorBestuur, drempel)),
            Tevredenheid(onderzoeken, naam),
            await MiddelenAsync(db, jaar, naam, [.. scholen.Where(s => s.Regio == naam).Select(s => (s.Vestiging.Waarde, s.SchoolbestuurId))], ct).ConfigureAwait(false),
            await ProjectenAsync(db, jaar, naam, ct).ConfigureAwait(false));
    }

    /// <summary>
    /// A breakdown by the small-cell rule (one dimension, its total shown above it). A pupil can have hours in more than
    /// one expertisegebied, so the regio's total is not the cells' sum: the rule guards the cells' sum all the same,
    /// which is stricter. A hidden cell hides its hours too, as they would tell the board how big it is.
    /// </summary>
    internal static List<UrencelDto> Urencellen(IEnumerable<(string Sleutel, string Naam, int Leerlingen, decimal Uren)> regels, bool voorBestuur, int drempel)
    {
        var gesorteerd = regels.OrderBy(r => r.Naam, StringComparer.OrdinalIgnoreCase).ToList();
        var reeks = Kleinecelonderdrukking.Reeks([.. gesorteerd.Select(r => r.Leerlingen)], drempel);
        return [.. gesorteerd.Select((r, i) => reeks.Cellen[i].Onderdrukt && voorBestuur
            ? new UrencelDto(r.Sleutel, r.Naam, null, null, Klein: true)
            : new UrencelDto(r.Sleutel, r.Naam, r.Leerlingen, r.Uren, reeks.Cellen[i].Onderdrukt))];
    }

    internal static List<TelcelDto> Telcellen(List<(string Sleutel, string Naam, int Aantal)> cellen, bool voorBestuur, int drempel)
    {
        var reeks = Kleinecelonderdrukking.Reeks([.. cellen.Select(c => c.Aantal)], drempel);
        return [.. cellen.Select((c, i) => new TelcelDto(c.Sleutel, c.Naam, voorBestuur ? reeks.Cellen[i].Getoond : c.Aantal, reeks.Cellen[i].Onderdrukt))];
    }

    /// <summary>Averages by the tevredenheidsuitslag's own rule: only for groups of 5 answers or more, for every reader.</summary>
    private static TevredenheidsoverzichtDto Tevredenheid(List<Tevredenheidsonderzoek> onderzoeken, string regio) =>
        new(
            [.. Enum.GetValues<Tevredenheidsvraag>().Select(TevredenheidsvraagCodes.Lijst.Code)],
            onderzoeken.Count,
            onderzoeken.Count(o => o.IsBeantwoord),
            TevredenheidLezen.Groepen(onderzoeken, _ => regio, alles: false, r => (r, r)).SingleOrDefault(),
            TevredenheidLezen.Groepen(onderzoeken, o => o.Expertisegebied, alles: false, g => (ExpertisegebiedCodes.Lijst.Code(g), ExpertisegebiedCodes.Lijst.Label(g))));

    /// <summary>The grants of the year to every bestuur with a school in the regio, with where its verantwoording is.</summary>
    private static async Task<List<MiddelenregelDto>> MiddelenAsync(
        IApplicationDbContext db, int jaar, string regio, List<(string Vestiging, Guid Bestuur)> scholenInRegio, CancellationToken ct)
    {
        var besturen = scholenInRegio.Select(s => s.Bestuur).Distinct().ToList();
        var toekenningen = await db.Middelentoekenningen.AsNoTracking()
            .Where(t => t.Jaar == jaar && besturen.Contains(t.SchoolbestuurId))
            .ToListAsync(ct).ConfigureAwait(false);
        var ids = toekenningen.Select(t => t.Id).ToList();
        var verantwoordingen = await db.Verantwoordingen.AsNoTracking()
            .Where(v => ids.Contains(v.ToekenningId))
            .ToDictionaryAsync(v => v.ToekenningId, ct).ConfigureAwait(false);
        var namen = await db.Schoolbesturen.AsNoTracking()
            .Where(b => besturen.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => b.Naam, ct).ConfigureAwait(false);
        var inRegio = scholenInRegio.Select(s => s.Vestiging).ToHashSet(StringComparer.Ordinal);
        return [.. toekenningen
            .Select(t =>
            {
                var verantwoording = verantwoordingen.GetValueOrDefault(t.Id);
                return new MiddelenregelDto(
                    t.SchoolbestuurId,
                    namen.GetValueOrDefault(t.SchoolbestuurId, ""),
                    t.Bedrag,
                    t.Scholen.Count == 0 ? null : t.Scholen.Where(s => inRegio.Contains(s.Vestiging)).Sum(s => s.Bedrag),
                    verantwoording is null ? NietGestart : VerantwoordingStatusCodes.Lijst.Code(verantwoording.Status),
                    verantwoording is null ? "Nog niet gestart" : VerantwoordingStatusCodes.Lijst.Label(verantwoording.Status),
                    verantwoording is { Status: not VerantwoordingStatus.Concept } ? verantwoording.Besteed : null);
            })
            .OrderBy(m => m.Schoolbestuur, StringComparer.OrdinalIgnoreCase)];
    }

    private static async Task<List<ProjectregelDto>> ProjectenAsync(IApplicationDbContext db, int jaar, string regio, CancellationToken ct)
    {
        var projecten = await db.Samenwerkingsprojecten.AsNoTracking()
            .Where(p => p.Regio == regio && p.Jaar == jaar)
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. projecten
            .Select(p => (Project: p, Evaluatie: p.Evaluaties.FirstOrDefault(e => e.Jaar == jaar)))
            .Select(x => new ProjectregelDto(
                x.Project.Id,
                x.Project.Titel,
                x.Project.Partners,
                x.Project.Begroting,
                x.Evaluatie is not null,
                x.Evaluatie?.Voortgang,
                x.Evaluatie?.Resultaten,
                x.Evaluatie?.ToegevoegdeWaarde,
                x.Evaluatie?.Besteed))
            .OrderBy(p => p.Titel, StringComparer.OrdinalIgnoreCase)];
    }
}
