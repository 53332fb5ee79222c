using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszittertelling;

public sealed class GeefThuiszittertellingHandler(IApplicationDbContext db, TimeProvider klok) : IQueryHandler<GeefThuiszittertellingQuery, Result<ThuiszittertellingDto>>
{
    public async ValueTask<Result<ThuiszittertellingDto>> Handle(GeefThuiszittertellingQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var peildatum = IsoDatum.Lees(query.Peildatum) ?? NederlandseTijd.Vandaag(klok);

        // Only what the count needs, no names: an entry that began after the peildatum cannot count.
        var regels = await db.Thuiszitters.AsNoTracking()
            .Where(t => t.VerzuimSinds <= peildatum)
            .Join(db.Leerlingen.AsNoTracking(), t => t.LeerlingId, l => l.Id, (t, l) => new
            {
                t.Soort, t.VerzuimSinds, l.Geboortedatum, t.Reden, t.Grond, t.Terugkeer, t.Beeindiging,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var telling = ThuiszittertellingRegels.Tel(
            regels.Select(r => new Telregel(r.Soort, r.VerzuimSinds, r.Geboortedatum, r.Reden, r.Grond, r.Terugkeer?.Datum, r.Beeindiging?.Datum)),
            peildatum);
        return new ThuiszittertellingDto(telling.Peildatum, telling.Thuiszitters, telling.PeriodeVanaf, [.. telling.Tabellen.Select(TeltabelDto.Van)]);
    }
}
