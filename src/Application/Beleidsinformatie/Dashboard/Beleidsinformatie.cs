using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Portfolio.Evaluatie;
using PassendOnderwijs.Application.Thuiszitters;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleidsinformatie.Dashboard;
using PassendOnderwijs.Domain.Beleidsinformatie.Leerlingaantallen;
using PassendOnderwijs.Domain.Beleidsinformatie.Onderdrukking;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Evaluatie;
using PassendOnderwijs.Domain.Schooljaren;
using PassendOnderwijs.Domain.Termijnen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Application.Beleidsinformatie.Dashboard;

/// <summary>
/// Puts the dashboard together for the page and the file alike. Every count is a GROUP BY in the database; only the
/// processing times and terms read their dates per group (the Dutch calendar day of a moment is the domain's rule), and
/// the expert hours read the inzetten of the period as the portfolio evaluation does (its hours are one JSON column).
/// The tenant filters keep every read inside the caller's samenwerkingsverband.
/// </summary>
/// <remarks>
/// A further section of <see cref="BeleidsinformatieDto"/> is built here from the same <see cref="Reikwijdte"/> and
/// suppressed the same way, as the aanmeldingen (zorgplicht), thuiszitters and deelname sections are; a figure the trend
/// follows is read for all its years at once (one grouped read), as the aanmeldingen and thuiszitters are.
/// </remarks>
internal static class Beleidsinformatie
{
    /// <summary>
    /// The schools the filters leave, and the schooljaar's bounds as moments. Without a filter (<see cref="Alle"/>) the
    /// tenant filter alone bounds the reads, so PostgreSQL need not match a list of every school in the SWV.
    /// </summary>
    internal sealed record Reikwijdte(Schooljaar Jaar, List<VestigingCode> Vestigingen, bool Alle)
    {
        public DateTimeOffset Van => NederlandseDatum.Begin(Jaar.Begindatum);

        public DateTimeOffset Tot => NederlandseDatum.Begin(Jaar.Volgend().Begindatum);

        public Reikwijdte In(Schooljaar jaar) => this with { Jaar = jaar };
    }

    /// <summary>The schooljaar asked for (the current one without), read with the validator's parse.</summary>
    public static async Task<Result<BeleidsinformatieDto>> StelOpAsync(
        IApplicationDbContext db, TimeProvider klok, string? leerjaar, BeleidsfilterDto filter, bool voorBuiten, CancellationToken ct)
    {
        var gelezen = GevraagdSchooljaar.Lees(leerjaar, klok);
        return gelezen.Lukt(out var jaar)
            ? await StelOpAsync(db, jaar, filter, voorBuiten, NederlandseTijd.Vandaag(klok), ct).ConfigureAwait(false)
            : Result<BeleidsinformatieDto>.Mislukt(gelezen.Fouten);
    }

    private static async Task<Result<BeleidsinformatieDto>> StelOpAsync(
        IApplicationDbContext db, Schooljaar jaar, BeleidsfilterDto filter, bool voorBuiten, DateOnly vandaag, CancellationToken ct)
    {
        var swv = await db.Samenwerkingsverbanden.AsNoTracking().Select(s => new { s.Naam, s.Regios }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var scholen = await db.Scholen.AsNoTracking().Select(s => new { s.Vestiging, s.Naam, s.Regio, s.SchoolbestuurId }).ToListAsync(ct).ConfigureAwait(false);
        var besturen = await db.Schoolbesturen.AsNoTracking().Select(b => new { b.Id, b.Naam }).ToListAsync(ct).ConfigureAwait(false);
        if (swv is null)
        {
            return Fout.NietGevonden("samenwerkingsverband-onbekend", "Er is geen samenwerkingsverband.");
        }

        var regio = filter.Regio is null ? null : swv.Regios.FirstOrDefault(r => string.Equals(r.Naam, filter.Regio, StringComparison.OrdinalIgnoreCase))?.Naam;
        var fouten = new List<Fout>();
        if (filter.Regio is not null && regio is null)
        {
            fouten.Add(Fout.NietGevonden("regio-onbekend", $"Het samenwerkingsverband heeft geen regio '{filter.Regio}'."));
        }

        if (filter.Vestiging is not null && scholen.All(s => s.Vestiging.Waarde != filter.Vestiging))
        {
            fouten.Add(Fout.NietGevonden("school-onbekend", $"Het samenwerkingsverband heeft geen school '{filter.Vestiging}'."));
        }

        if (filter.Bestuur is { } bestuur && besturen.All(b => b.Id != bestuur))
        {
            fouten.Add(Fout.NietGevonden("bestuur-onbekend", "Het samenwerkingsverband heeft dit schoolbestuur niet."));
        }

        if (fouten.Count > 0)
        {
            return Result<BeleidsinformatieDto>.Mislukt(fouten);
        }

        var binnen = new Reikwijdte(jaar, [.. scholen
            .Where(s => (regio is null || s.Regio == regio) && (filter.Vestiging is null || s.Vestiging.Waarde == filter.Vestiging)
                && (filter.Bestuur is null || s.SchoolbestuurId == filter.Bestuur))
            .Select(s => s.Vestiging)], Alle: regio is null && filter.Vestiging is null && filter.Bestuur is null);
        var drempel = await db.KleineAantallenDrempelOpAsync(vandaag, ct).ConfigureAwait(false);

        var arrangementen = await ArrangementenAsync(db, binnen, voorBuiten, drempel, ct).ConfigureAwait(false);
        var tlvs = await TlvsAsync(db, binnen, voorBuiten, drempel, ct).ConfigureAwait(false);
        var opps = await OppsAsync(db, binnen, voorBuiten, drempel, vandaag, ct).ConfigureAwait(false);
        var trendjaren = Trendjaren.Tot(jaar);
        var inzetten = await db.Expertinzetten.AsNoTracking()
            .Where(i => (binnen.Alle || binnen.Vestigingen.Contains(i.Vestiging)) && i.GestartOp < binnen.Tot && i.GewijzigdOp >= binnen.In(trendjaren[0]).Van)
            .ToListAsync(ct).ConfigureAwait(false);
        var schoolnamen = scholen.ToDictionary(s => s.Vestiging.Waarde, s => s.Naam, StringComparer.Ordinal);

        // Requests, aanmeldingen, thuiszitters and the deelname are read once for every trend year; the schooljaar's own sections
        // are their last year, so the trend's last point always equals the section above it.
        var aanmeldingen = await AanmeldingenAsync(db, binnen, trendjaren, voorBuiten, drempel, vandaag, ct).ConfigureAwait(false);
        var tellingen = await Thuiszittertelling.TelAsync(
            db, [.. trendjaren.Select(j => Peildatum(j, vandaag))], binnen.Alle ? null : binnen.Vestigingen, ct).ConfigureAwait(false);
        var deelname = await DeelnameAsync(db, trendjaren, voorBuiten, drempel, vandaag, ct).ConfigureAwait(false);
        var eerder = await AanvragenAsync(db, binnen, [.. trendjaren.Where(j => j != jaar)], voorBuiten, drempel, ct).ConfigureAwait(false);
        var trend = new List<TrendjaarDto>();
        for (var i = 0; i < trendjaren.Count; i++)
        {
            var trendjaar = trendjaren[i];
            var (aangevraagd, tlvsAangevraagd, nieuweOpps) = trendjaar == jaar ? (arrangementen.Tabel.Totaal, tlvs.Totaal, opps.Nieuw) : eerder[i];
            trend.Add(new TrendjaarDto(
                trendjaar.ToString(), aangevraagd, tlvsAangevraagd, nieuweOpps, Uren(inzetten, trendjaar, voorBuiten, drempel),
                aanmeldingen[i].Nieuw, aanmeldingen[i].Besluit, Los(tellingen[i].Thuiszitters, voorBuiten, drempel), deelname.Percentages[i]));
        }

        return new BeleidsinformatieDto(
            swv.Naam,
            jaar.ToString(),
            voorBuiten,
            drempel,
            filter with { Regio = regio },
            new BeleidsfilterkeuzesDto(
                [.. swv.Regios.Select(r => r.Naam).Order(StringComparer.OrdinalIgnoreCase)],
                [.. besturen.Select(b => new KeuzeDto(b.Id.ToString(), b.Naam)).OrderBy(b => b.Naam, StringComparer.OrdinalIgnoreCase)],
                [.. scholen.Select(s => new KeuzeDto(s.Vestiging.Waarde, s.Naam)).OrderBy(s => s.Naam, StringComparer.OrdinalIgnoreCase)]),
            arrangementen.Tabel,
            arrangementen.PerSoort,
            tlvs,
            opps,
            await DoorlooptijdAsync(db, binnen, Termijnsoort.ArrangementBehandeling, voorBuiten, drempel, ct).ConfigureAwait(false),
            await DoorlooptijdAsync(db, binnen, Termijnsoort.TlvBehandeling, voorBuiten, drempel, ct).ConfigureAwait(false),
            Experturen(inzetten, jaar, schoolnamen, voorBuiten, drempel),
            trend,
            aanmeldingen[^1],
            Thuiszitters(tellingen[^1], voorBuiten, drempel),
            deelname);
    }

    /// <summary>Arrangementen requested in the schooljaar by soort and status; hours and budget of the granted ones.</summary>
    private static async Task<(KruistabelDto Tabel, List<InzetPerSoortDto> PerSoort)> ArrangementenAsync(
        IApplicationDbContext db, Reikwijdte binnen, bool voorBuiten, int drempel, CancellationToken ct)
    {
        var groepen = await db.Arrangementen.AsNoTracking()
            .Where(a => (binnen.Alle || binnen.Vestigingen.Contains(a.Vestiging)) && a.AangevraagdOp >= binnen.Van && a.AangevraagdOp < binnen.Tot)
            .GroupBy(a => new { a.Soort, a.Status })
            .Select(g => new { g.Key.Soort, g.Key.Status, Aantal = g.Count(), Uren = g.Sum(a => a.Uren), Budget = g.Sum(a => a.Budget) })
            .ToListAsync(ct).ConfigureAwait(false);
        var soorten = Enum.GetValues<SoortArrangement>();
        var statussen = Enum.GetValues<ArrangementStatus>();
        var tabel = Kruistabellen.Van(
            [.. soorten.Select(s => new KopDto(SoortArrangementCodes.Lijst.Code(s), SoortArrangementCodes.Lijst.Label(s)))],
            [.. statussen.Select(s => new KopDto(ArrangementStatusCodes.Lijst.Code(s), ArrangementStatusCodes.Lijst.Label(s)))],
            (r, k) => groepen.Where(g => g.Soort == soorten[r] && g.Status == statussen[k]).Sum(g => g.Aantal),
            voorBuiten,
            drempel);

        // Requested hours and budget only become the SWV's commitment once granted.
        ArrangementStatus[] toegekend = [ArrangementStatus.Toegekend, ArrangementStatus.Actief, ArrangementStatus.Beeindigd];
        var perSoort = soorten.Select((s, r) =>
        {
            var verborgen = voorBuiten && tabel.Rijtotalen[r].Klein;
            var vanSoort = groepen.Where(g => g.Soort == s && toegekend.Contains(g.Status)).ToList();
            return new InzetPerSoortDto(
                SoortArrangementCodes.Lijst.Code(s),
                SoortArrangementCodes.Lijst.Label(s),
                verborgen ? null : vanSoort.Sum(g => g.Aantal),
                verborgen ? null : vanSoort.Sum(g => g.Uren ?? 0m),
                verborgen ? null : vanSoort.Sum(g => g.Budget ?? 0m),
                tabel.Rijtotalen[r].Klein);
        }).ToList();
        return (tabel, perSoort);
    }

    /// <summary>TLV's requested in the schooljaar by the soort and categorie asked for.</summary>
    private static async Task<KruistabelDto> TlvsAsync(IApplicationDbContext db, Reikwijdte binnen, bool voorBuiten, int drempel, CancellationToken ct)
    {
        var groepen = await db.Toelaatbaarheidsverklaringen.AsNoTracking()
            .Where(t => (binnen.Alle || binnen.Vestigingen.Contains(t.Vestiging)) && t.AangevraagdOp >= binnen.Van && t.AangevraagdOp < binnen.Tot)
            .GroupBy(t => new { t.Soort, t.Categorie })
            .Select(g => new { g.Key.Soort, g.Key.Categorie, Aantal = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);
        var soorten = Enum.GetValues<SoortToelaatbaarheid>();
        var categorieen = Enum.GetValues<Bekostigingscategorie>();
        return Kruistabellen.Van(
            [.. soorten.Select(s => new KopDto(SoortToelaatbaarheidCodes.Lijst.Code(s), SoortToelaatbaarheidCodes.Lijst.Label(s)))],
            [.. categorieen.Select(c => new KopDto(BekostigingscategorieCodes.Lijst.Code(c), BekostigingscategorieCodes.Lijst.Label(c)))],
            (r, k) => groepen.Where(g => g.Soort == soorten[r] && g.Categorie == categorieen[k]).Sum(g => g.Aantal),
            voorBuiten,
            drempel);
    }

    /// <summary>New OPP's, and their terms judged from the Termijnen records (the deadlines the OPP stored).</summary>
    private static async Task<OppoverzichtDto> OppsAsync(IApplicationDbContext db, Reikwijdte binnen, bool voorBuiten, int drempel, DateOnly vandaag, CancellationToken ct)
    {
        var nieuw = await AantalOppsAsync(db, binnen, ct).ConfigureAwait(false);
        var vaststelling = await TermijnenAsync(db, binnen, Termijnsoort.OppVaststelling, opUiterlijk: false, ct).ConfigureAwait(false);
        var evaluatie = await TermijnenAsync(db, binnen, Termijnsoort.OppEvaluatie, opUiterlijk: true, ct).ConfigureAwait(false);
        return new OppoverzichtDto(Los(nieuw, voorBuiten, drempel), Uitkomsten(vaststelling, vandaag, voorBuiten, drempel), Uitkomsten(evaluatie, vandaag, voorBuiten, drempel));
    }

    private static Task<int> AantalOppsAsync(IApplicationDbContext db, Reikwijdte binnen, CancellationToken ct) =>
        db.Ontwikkelingsperspectiefplannen.AsNoTracking()
            .CountAsync(o => (binnen.Alle || binnen.Vestigingen.Contains(o.Vestiging)) && o.Startdatum >= binnen.Jaar.Begindatum && o.Startdatum <= binnen.Jaar.Einddatum, ct);

    /// <summary>
    /// Aanmeldingen received in each trend year, and their zorgplicht terms judged like the OPP's vaststelling: one
    /// grouped read of each over all the years (by day and by term dates), split into schooljaren here.
    /// </summary>
    private static async Task<List<AanmeldingoverzichtDto>> AanmeldingenAsync(
        IApplicationDbContext db, Reikwijdte binnen, IReadOnlyList<Schooljaar> trendjaren, bool voorBuiten, int drempel, DateOnly vandaag, CancellationToken ct)
    {
        var (van, tot) = (trendjaren[0].Begindatum, binnen.Jaar.Einddatum);
        var perDag = await db.Aanmeldingen.AsNoTracking()
            .Where(a => (binnen.Alle || binnen.Vestigingen.Contains(a.Vestiging)) && a.OntvangenOp >= van && a.OntvangenOp <= tot)
            .GroupBy(a => a.OntvangenOp)
            .Select(g => new { Dag = g.Key, Aantal = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);
        var besluit = await TermijnenAsync(db, binnen, trendjaren[0], Termijnsoort.AanmeldingBesluit, opUiterlijk: false, ct).ConfigureAwait(false);
        return [.. trendjaren.Select(j => new AanmeldingoverzichtDto(
            Los(perDag.Where(d => j.Bevat(d.Dag)).Sum(d => d.Aantal), voorBuiten, drempel),
            Uitkomsten([.. besluit.Where(t => j.Bevat(t.Vanaf))], vandaag, voorBuiten, drempel)))];
    }

    /// <summary>The thuiszitters are counted on the schooljaar's last day, or today while it runs (never a day still to come: that would be a forecast).</summary>
    private static DateOnly Peildatum(Schooljaar jaar, DateOnly vandaag) => jaar.Einddatum < vandaag ? jaar.Einddatum : vandaag;

    /// <summary>The count by duration band and soort, suppressed as the dashboard's other tables.</summary>
    private static ThuiszitteroverzichtDto Thuiszitters(Domain.Thuiszitters.Thuiszittertelling telling, bool voorBuiten, int drempel) =>
        new(telling.Peildatum, Kruistabellen.Van(telling.PerDuur, voorBuiten, drempel));

    /// <summary>The terms of a soort that began in the schooljaar (or, <paramref name="opUiterlijk"/>, whose last day is in it), by their dates.</summary>
    private static Task<List<(DateOnly Vanaf, DateOnly Uiterlijk, DateTimeOffset? GehaaldOp, int Aantal)>> TermijnenAsync(
        IApplicationDbContext db, Reikwijdte binnen, Termijnsoort soort, bool opUiterlijk, CancellationToken ct) =>
        TermijnenAsync(db, binnen, binnen.Jaar, soort, opUiterlijk, ct);

    /// <summary>The same from the start of <paramref name="vanaf"/> to the end of the schooljaar: the trend's years in one read.</summary>
    private static async Task<List<(DateOnly Vanaf, DateOnly Uiterlijk, DateTimeOffset? GehaaldOp, int Aantal)>> TermijnenAsync(
        IApplicationDbContext db, Reikwijdte binnen, Schooljaar vanaf, Termijnsoort soort, bool opUiterlijk, CancellationToken ct)
    {
        var (van, tot) = (vanaf.Begindatum, binnen.Jaar.Einddatum);
        var termijnen = db.Termijnen.AsNoTracking().Where(t => t.Soort == soort && (binnen.Alle || binnen.Vestigingen.Contains(t.Vestiging)));
        termijnen = opUiterlijk
            ? termijnen.Where(t => t.Uiterlijk >= van && t.Uiterlijk <= tot)
            : termijnen.Where(t => t.Vanaf >= van && t.Vanaf <= tot);
        var groepen = await termijnen
            .GroupBy(t => new { t.Vanaf, t.Uiterlijk, t.GehaaldOp })
            .Select(g => new { g.Key.Vanaf, g.Key.Uiterlijk, g.Key.GehaaldOp, Aantal = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. groepen.Select(g => (g.Vanaf, g.Uiterlijk, g.GehaaldOp, g.Aantal))];
    }

    private static List<TelcelDto> Uitkomsten(
        List<(DateOnly Vanaf, DateOnly Uiterlijk, DateTimeOffset? GehaaldOp, int Aantal)> termijnen, DateOnly vandaag, bool voorBuiten, int drempel)
    {
        var perUitkomst = termijnen
            .GroupBy(t => Termijnuitkomsten.Beoordeel(t.Uiterlijk, t.GehaaldOp is { } op ? NederlandseDatum.Van(op) : null, vandaag))
            .ToDictionary(g => g.Key, g => g.Sum(t => t.Aantal));
        return Portfolioevaluatie.Telcellen(
            [.. Enum.GetValues<Termijnuitkomst>().Select(u => (u.Code(), u.Label(), perUitkomst.GetValueOrDefault(u)))], voorBuiten, drempel);
    }

    /// <summary>Request to decision: the behandeltermijn runs from the request and is met when the decision is taken (TLV: made known).</summary>
    private static async Task<DoorlooptijdDto> DoorlooptijdAsync(
        IApplicationDbContext db, Reikwijdte binnen, Termijnsoort behandeling, bool voorBuiten, int drempel, CancellationToken ct)
    {
        var termijnen = await TermijnenAsync(db, binnen, behandeling, opUiterlijk: false, ct).ConfigureAwait(false);
        var doorlooptijd = Doorlooptijd.Van(termijnen
            .Where(t => t.GehaaldOp is not null)
            .SelectMany(t => Enumerable.Repeat(Doorlooptijd.Dagen(t.Vanaf, NederlandseDatum.Van(t.GehaaldOp!.Value)), t.Aantal)));
        var klein = Kleinecelonderdrukking.IsKlein(doorlooptijd.Aantal, drempel);

        // A median of a few requests is close to one child's file: outsiders see neither it nor the count.
        return voorBuiten && klein
            ? new DoorlooptijdDto(null, null, null, Klein: true)
            : new DoorlooptijdDto(doorlooptijd.Aantal, doorlooptijd.Mediaan, doorlooptijd.P90, klein);
    }

    private static ExpertureninzetDto Experturen(
        List<Domain.Portfolio.Expertinzet.Expertinzet> inzetten, Schooljaar jaar, Dictionary<string, string> schoolnamen, bool voorBuiten, int drempel)
    {
        var totaal = Urenverdeling.Verdeel(inzetten, jaar.Begindatum, jaar.Einddatum, _ => true).SingleOrDefault();
        var leerlingen = totaal?.Leerlingen ?? 0;
        var klein = Kleinecelonderdrukking.IsKlein(leerlingen, drempel);
        return new ExpertureninzetDto(
            voorBuiten && klein ? null : leerlingen,
            voorBuiten && klein ? null : totaal?.Uren ?? 0m,
            klein,
            Portfolioevaluatie.Urencellen(Urenverdeling.Verdeel(inzetten, jaar.Begindatum, jaar.Einddatum, i => i.Expertisegebied)
                .Select(r => (ExpertisegebiedCodes.Lijst.Code(r.Sleutel), ExpertisegebiedCodes.Lijst.Label(r.Sleutel), r.Leerlingen, r.Uren)), voorBuiten, drempel),
            Portfolioevaluatie.Urencellen(Urenverdeling.Verdeel(inzetten, jaar.Begindatum, jaar.Einddatum, i => i.Vestiging.Waarde)
                .Select(r => (r.Sleutel, schoolnamen.GetValueOrDefault(r.Sleutel, r.Sleutel), r.Leerlingen, r.Uren)), voorBuiten, drempel));
    }

    /// <summary>The hours of a year, hidden with its pupil count.</summary>
    private static decimal? Uren(List<Domain.Portfolio.Expertinzet.Expertinzet> inzetten, Schooljaar jaar, bool voorBuiten, int drempel)
    {
        var totaal = Urenverdeling.Verdeel(inzetten, jaar.Begindatum, jaar.Einddatum, _ => true).SingleOrDefault();
        return voorBuiten && Kleinecelonderdrukking.IsKlein(totaal?.Leerlingen ?? 0, drempel) ? null : totaal?.Uren ?? 0m;
    }

    /// <summary>
    /// Arrangementen and TLV's requested and OPP's started in each of <paramref name="jaren"/> (the trend's earlier years):
    /// one grouped read of each kind over all those years, as the aanmeldingen are read.
    /// </summary>
    private static async Task<List<(CijferDto Arrangementen, CijferDto Tlvs, CijferDto Opps)>> AanvragenAsync(
        IApplicationDbContext db, Reikwijdte binnen, IReadOnlyList<Schooljaar> jaren, bool voorBuiten, int drempel, CancellationToken ct)
    {
        if (jaren.Count == 0)
        {
            return [];
        }

        // Each year runs up to the next one's start: the moments (requests) and the days (an OPP's start) alike.
        DateTimeOffset[] momenten = [.. jaren.Select(j => binnen.In(j).Van), binnen.In(jaren[^1]).Tot];
        DateOnly[] dagen = [.. jaren.Select(j => j.Begindatum), jaren[^1].Volgend().Begindatum];
        var arrangementen = await Trendtelling.PerPeriodeAsync(
            db.Arrangementen.AsNoTracking().Where(a => binnen.Alle || binnen.Vestigingen.Contains(a.Vestiging)), a => a.AangevraagdOp, momenten, ct).ConfigureAwait(false);
        var tlvs = await Trendtelling.PerPeriodeAsync(
            db.Toelaatbaarheidsverklaringen.AsNoTracking().Where(t => binnen.Alle || binnen.Vestigingen.Contains(t.Vestiging)), t => t.AangevraagdOp, momenten, ct)
            .ConfigureAwait(false);
        var opps = await Trendtelling.PerPeriodeAsync(
            db.Ontwikkelingsperspectiefplannen.AsNoTracking().Where(o => binnen.Alle || binnen.Vestigingen.Contains(o.Vestiging)), o => o.Startdatum, dagen, ct)
            .ConfigureAwait(false);
        return [.. jaren.Select((_, i) => (Los(arrangementen[i], voorBuiten, drempel), Los(tlvs[i], voorBuiten, drempel), Los(opps[i], voorBuiten, drempel)))];
    }

    /// <summary>
    /// The deelnamepercentage on the teldatum of every trend year, read as the deelnamepercentage page reads it. Always
    /// for the whole samenwerkingsverband, whatever the filter: SO and SBO schools take pupils from every regio and
    /// bestuur, and a regular school's own share is 100 %, so a share over the filtered schools would not tell how many of
    /// the filtered area's pupils go to a regular school. The page and the file say so when a filter is chosen.
    /// The counts are one table (teldata × onderwijsvorm) under the small-cell rule; a percentage of a row with a hidden
    /// count is hidden too, as the deelnamepercentage's own file does.
    /// </summary>
    private static async Task<DeelnameoverzichtDto> DeelnameAsync(
        IApplicationDbContext db, IReadOnlyList<Schooljaar> trendjaren, bool voorBuiten, int drempel, DateOnly vandaag, CancellationToken ct)
    {
        var (streef, teldata) = await LeerlingaantallenLezen.DeelnamepercentageAsync(db, vandaag, ct).ConfigureAwait(false);
        var cijfers = trendjaren.Select(j => teldata.FirstOrDefault(t => t.Teldatum == Teldatum.In(j))).ToList();
        var vormen = Enum.GetValues<Onderwijsvorm>();
        var tabel = Kruistabellen.Van(
            [.. trendjaren.Select(j => new KopDto(Teldatum.In(j).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"1 oktober {j.Beginjaar}"))],
            [.. vormen.Select(v => new KopDto(OnderwijsvormCodes.Lijst.Code(v), OnderwijsvormCodes.Lijst.Label(v)))],
            (r, k) => cijfers[r] is not { } c ? 0 : vormen[k] switch
            {
                Onderwijsvorm.Regulier => c.Regulier,
                Onderwijsvorm.Sbo => c.Sbo,
                _ => c.So,
            },
            voorBuiten,
            drempel);
        var percentages = cijfers.Select((c, r) =>
        {
            var klein = tabel.Cellen[r].Any(cel => cel.Klein) || tabel.Rijtotalen[r].Klein;
            return new PercentagecijferDto(voorBuiten && klein ? null : c?.Percentage, klein);
        }).ToList();
        return new DeelnameoverzichtDto(Teldatum.In(trendjaren[^1]), streef, tabel, percentages);
    }

    /// <summary>A count shown on its own (no total beside it): only the primary rule applies.</summary>
    private static CijferDto Los(int aantal, bool voorBuiten, int drempel)
    {
        var klein = Kleinecelonderdrukking.IsKlein(aantal, drempel);
        return new CijferDto(voorBuiten && klein ? null : aantal, klein);
    }
}
