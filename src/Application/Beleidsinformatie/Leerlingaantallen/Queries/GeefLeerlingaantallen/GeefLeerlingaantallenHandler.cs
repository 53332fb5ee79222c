using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Beleidsinformatie.Leerlingaantallen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Beleidsinformatie.Leerlingaantallen.Queries.GeefLeerlingaantallen;

public sealed class GeefLeerlingaantallenHandler(IApplicationDbContext db, TimeProvider klok)
    : IQueryHandler<GeefLeerlingaantallenQuery, Result<LeerlingaantallenDto>>
{
    public async ValueTask<Result<LeerlingaantallenDto>> Handle(GeefLeerlingaantallenQuery query, CancellationToken cancellationToken)
    {
        var gelezen = Teldatum.Lees(query.Teldatum, NederlandseTijd.Vandaag(klok));
        if (!gelezen.Lukt(out var teldatum))
        {
            return Result<LeerlingaantallenDto>.Mislukt(gelezen.Fouten);
        }

        var scholen = await db.Scholen.AsNoTracking().Select(s => new { s.Vestiging, s.Naam, s.Soort }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var aantallen = await db.Leerlingaantallen.AsNoTracking()
            .Where(l => l.Teldatum == teldatum.Datum)
            .ToDictionaryAsync(l => l.Vestiging.Waarde, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var regels = scholen
            .Select(s => (School: s, Aantal: aantallen.GetValueOrDefault(s.Vestiging.Waarde)))
            .OrderBy(r => Deelname.Vorm(r.School.Soort))
            .ThenBy(r => r.School.Naam, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new LeerlingaantallenDto(
            TeldatumcijfersDto.Van(
                teldatum.Datum,
                [.. regels.Where(r => r.Aantal is not null).Select(r => (Deelname.Vorm(r.School.Soort), r.Aantal!.Aantal))],
                scholen.Count),
            [.. regels.Select(r => new SchoolaantalDto(
                r.School.Vestiging.Waarde,
                r.School.Naam,
                SoortSchoolCodes.Lijst.Code(r.School.Soort),
                OnderwijsvormCodes.Lijst.Code(Deelname.Vorm(r.School.Soort)),
                r.Aantal?.Aantal,
                r.Aantal?.GewijzigdOp))]);
    }
}
