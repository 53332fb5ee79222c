using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszitters;

public sealed class GeefThuiszittersHandler(IApplicationDbContext db, ISynctokens tokens, TimeProvider klok) : IQueryHandler<GeefThuiszittersQuery, Result<ThuiszittersDto>>
{
    public async ValueTask<Result<ThuiszittersDto>> Handle(GeefThuiszittersQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await tokens.OverslaanAsync<ThuiszittersCursor>(query.Cursor, cancellationToken).ConfigureAwait(false) is not { } overslaan)
        {
            return SynctokenFouten.Cursor();
        }

        var vandaag = NederlandseTijd.Vandaag(klok);

        // The store's filter already narrows to what the caller may see (a school: its own vestigingen).
        var lijst = db.Thuiszitters.AsNoTracking();
        if (VerzuimsoortCodes.Lijst.Zoek(query.Soort) is { } soort)
        {
            lijst = lijst.Where(t => t.Soort == soort);
        }

        if (ThuiszitterStatusCodes.Lijst.Zoek(query.Status) is { } status)
        {
            lijst = lijst.Where(t => t.Status == status);
        }

        if (query.Vestiging is not null && VestigingCode.Parse(query.Vestiging).Lukt(out var vestiging))
        {
            lijst = lijst.Where(t => t.Vestiging == vestiging);
        }

        if (!string.IsNullOrWhiteSpace(query.Regio))
        {
            var regio = query.Regio.Trim();
            lijst = lijst.Where(t => t.Regio == regio);
        }

        var grootte = query.PageSize ?? ThuiszittersCursor.StandaardPageSize;
        var totaal = await lijst.CountAsync(cancellationToken).ConfigureAwait(false);
        var rijen = await lijst
            .OrderBy(t => t.Status != ThuiszitterStatus.Open)
            .ThenBy(t => !(t.Status == ThuiszitterStatus.Open && t.Streefdatum < vandaag))
            .ThenBy(t => t.Status == ThuiszitterStatus.Open ? t.VerzuimSinds : DateOnly.MaxValue)
            .ThenByDescending(t => t.Einddatum).ThenBy(t => t.Id)
            .Skip((int)Math.Min(overslaan, int.MaxValue)).Take(grootte + 1)
            .Select(t => new { t.Id, t.LeerlingId, t.Vestiging, t.Regio, t.Soort, t.Reden, t.Status, t.VerzuimSinds, t.Streefdatum, t.Einddatum })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var volgende = await tokens.VolgendeAsync<ThuiszittersCursor>(overslaan, grootte, rijen.Count, cancellationToken).ConfigureAwait(false);
        rijen = [.. rijen.Take(grootte)];

        // Names of the pupils the caller may (still) see, and of the schools; the store's filters decide.
        var ids = rijen.Select(r => r.LeerlingId).Distinct().ToList();
        var namen = await db.Leerlingen.AsNoTracking().Where(l => ids.Contains(l.Id))
            .Select(l => new { l.Id, l.Voornaam, l.Achternaam })
            .ToDictionaryAsync(l => l.Id, l => Leerling.VolledigeNaam(l.Voornaam, l.Achternaam), cancellationToken).ConfigureAwait(false);
        var vestigingen = rijen.Select(r => r.Vestiging).Distinct().ToList();
        var scholen = await db.Scholen.AsNoTracking().Where(s => vestigingen.Contains(s.Vestiging))
            .Select(s => new { s.Vestiging, s.Naam })
            .ToDictionaryAsync(s => s.Vestiging.Waarde, s => s.Naam, cancellationToken).ConfigureAwait(false);

        return new ThuiszittersDto(
            [.. rijen.Select(r => new ThuiszitterRegelDto(
                r.Id,
                r.LeerlingId,
                namen.GetValueOrDefault(r.LeerlingId),
                r.Vestiging.Waarde,
                scholen.GetValueOrDefault(r.Vestiging.Waarde),
                r.Regio,
                VerzuimsoortCodes.Lijst.Code(r.Soort),
                r.Reden is { } reden ? ThuiszitredenCodes.Lijst.Code(reden) : null,
                ThuiszitterStatusCodes.Lijst.Code(r.Status),
                r.VerzuimSinds,
                r.Streefdatum,
                r.Einddatum,
                (r.Einddatum ?? vandaag).DayNumber - r.VerzuimSinds.DayNumber,
                r.Status == ThuiszitterStatus.Open && r.Streefdatum < vandaag))],
            totaal,
            volgende);
    }
}
