using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Beleid;
using PassendOnderwijs.Application.Beleidsinformatie.Dashboard;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszittertelling;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters;

/// <summary>The count of the register on a peildatum, for the page and for the file alike.</summary>
internal static class Thuiszittertelling
{
    /// <summary>
    /// Without a peildatum: today. Exact with the <c>klein</c> marks for the staff's page, or <paramref name="voorBuiten"/>
    /// as a file leaves the bureau: every table through the small-cell engine, as the dashboard's tables.
    /// </summary>
    public static async Task<ThuiszittertellingDto> StelOpAsync(IApplicationDbContext db, string? peildatum, TimeProvider klok, bool voorBuiten, CancellationToken ct)
    {
        var vandaag = NederlandseTijd.Vandaag(klok);
        var telling = await TelAsync(db, IsoDatum.Lees(peildatum) ?? vandaag, alleenVestigingen: null, ct).ConfigureAwait(false);
        var drempel = await db.KleineAantallenDrempelOpAsync(vandaag, ct).ConfigureAwait(false);
        return new ThuiszittertellingDto(
            telling.Peildatum, telling.Thuiszitters, telling.PeriodeVanaf, drempel, [.. telling.Tabellen.Select(t => Kruistabellen.Benoemd(t, voorBuiten, drempel))]);
    }

    /// <summary>
    /// The count of the register on a day, for this page and the beleidsinformatie dashboard alike; with
    /// <paramref name="alleenVestigingen"/> only the entries of those schools (a dashboard filter).
    /// </summary>
    public static async Task<Domain.Thuiszitters.Thuiszittertelling> TelAsync(
        IApplicationDbContext db, DateOnly dag, List<VestigingCode>? alleenVestigingen, CancellationToken ct) =>
        (await TelAsync(db, [dag], alleenVestigingen, ct).ConfigureAwait(false))[0];

    /// <summary>
    /// The count on each of several days from one read of the register (the dashboard's trend: the last day of every
    /// schooljaar), in the order of <paramref name="dagen"/>.
    /// </summary>
    public static async Task<IReadOnlyList<Domain.Thuiszitters.Thuiszittertelling>> TelAsync(
        IApplicationDbContext db, IReadOnlyList<DateOnly> dagen, List<VestigingCode>? alleenVestigingen, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfZero(dagen.Count);

        // Only what the count needs, no names: an entry that began after the last peildatum cannot count.
        var laatste = dagen.Max();
        var thuiszitters = db.Thuiszitters.AsNoTracking().Where(t => t.VerzuimSinds <= laatste);
        if (alleenVestigingen is not null)
        {
            thuiszitters = thuiszitters.Where(t => alleenVestigingen.Contains(t.Vestiging));
        }

        var regels = await thuiszitters
            .Join(db.Leerlingen.AsNoTracking(), t => t.LeerlingId, l => l.Id, (t, l) => new
            {
                t.Soort, t.VerzuimSinds, l.Geboortedatum, t.Reden, t.Grond, t.Terugkeer, t.Beeindiging,
            })
            .ToListAsync(ct).ConfigureAwait(false);
        var telregels = regels
            .Select(r => new Telregel(r.Soort, r.VerzuimSinds, r.Geboortedatum, r.Reden, r.Grond, r.Terugkeer?.Datum, r.Beeindiging?.Datum))
            .ToList();
        return [.. dagen.Select(dag => ThuiszittertellingRegels.Tel(telregels, dag))];
    }

    /// <summary>A peildatum is an ISO date (jjjj-mm-dd) when given.</summary>
    public static void MoetPeildatumZijn<T>(this IRuleBuilder<T, string?> regel) =>
        regel.Must(d => d is null || IsoDatum.Lees(d) is not null).WithErrorCode("ongeldige-datum").WithMessage("Geef de peildatum in de vorm jjjj-mm-dd.");
}
