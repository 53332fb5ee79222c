using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Webhooks.Queries.GeefAfleverpogingen;

public sealed class GeefAfleverpogingenHandler(IApplicationDbContext db, IKoppelingRegister register, IHuidigeGebruiker aanroeper)
    : IQueryHandler<GeefAfleverpogingenQuery, Result<AfleverpogingenDto>>
{
    private const int StandaardPageSize = 25;

    public async ValueTask<Result<AfleverpogingenDto>> Handle(GeefAfleverpogingenQuery query, CancellationToken cancellationToken)
    {
        var gevonden = await db.ZoekAsync(register, aanroeper, query.ClientId, query.AbonnementId, cancellationToken).ConfigureAwait(false);
        if (!gevonden.Lukt(out _))
        {
            return Result<AfleverpogingenDto>.Mislukt(gevonden.Fouten);
        }

        var grootte = query.PageSize ?? StandaardPageSize;
        var pogingen = db.Afleverpogingen.AsNoTracking().Where(p => p.AbonnementId == query.AbonnementId);
        if (query.Voor is { } voor)
        {
            // Ids are UUID v7: newer attempts have higher ids.
            pogingen = pogingen.Where(p => p.Id.CompareTo(voor) < 0);
        }

        var rijen = await (
            from p in pogingen
            join a in db.Afleveringen on p.AfleveringId equals a.Id
            join n in db.KoppelingNotificaties.IgnoreQueryFilters() on p.NotificatieId equals n.Id
            orderby p.Id descending
            select new { p, a.Status, n.Soort, n.Subject })
            .Take(grootte + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = rijen.Take(grootte).ToList();
        return new AfleverpogingenDto(
            [.. pagina.Select(r => new AfleverpogingDto(
                r.p.Id, r.p.AfleveringId, r.p.NotificatieId, r.Soort, r.Subject, AfleveringDto.StatusCode(r.Status), r.p.Op, r.p.Statuscode, r.p.Fout, r.p.DuurMs))],
            rijen.Count > grootte ? pagina[^1].p.Id : null);
    }
}
