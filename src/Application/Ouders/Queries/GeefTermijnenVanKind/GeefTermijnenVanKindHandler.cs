using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Termijnen;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefTermijnenVanKind;

public sealed class GeefTermijnenVanKindHandler(IApplicationDbContext db) : IQueryHandler<GeefTermijnenVanKindQuery, Result<KindTermijnenDto>>
{
    public async ValueTask<Result<KindTermijnenDto>> Handle(GeefTermijnenVanKindQuery query, CancellationToken cancellationToken)
    {
        if (!await db.IsEigenKindAsync(query.LeerlingId, cancellationToken).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(query.LeerlingId);
        }

        var id = query.LeerlingId;
        var soorten = KindTermijnDto.VoorOuders.ToList();

        // Running terms only: one met is done, one passed is the school's or the SWV's to act on, not the ouder's.
        var termijnen = await db.Termijnen.AsNoTracking()
            .Where(t => soorten.Contains(t.Soort) && (t.Fase == Termijnfase.Lopend || t.Fase == Termijnfase.Nadert))
            .Where(t => (t.Zaak == Zaaksoort.Toelaatbaarheidsverklaring && db.Toelaatbaarheidsverklaringen.Any(z => z.Id == t.ZaakId && z.LeerlingId == id))
                || (t.Zaak == Zaaksoort.Ontwikkelingsperspectiefplan && db.Ontwikkelingsperspectiefplannen.Any(z => z.Id == t.ZaakId && z.LeerlingId == id)))
            .OrderBy(t => t.Uiterlijk).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new KindTermijnenDto(termijnen.Select(KindTermijnDto.Van).ToList());
    }
}
