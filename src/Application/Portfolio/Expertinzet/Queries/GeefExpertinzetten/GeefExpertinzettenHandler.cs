using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;

namespace PassendOnderwijs.Application.Portfolio.Expertinzet.Queries.GeefExpertinzetten;

public sealed class GeefExpertinzettenHandler(IApplicationDbContext db) : IQueryHandler<GeefExpertinzettenQuery, Result<ExpertinzettenDto>>
{
    public async ValueTask<Result<ExpertinzettenDto>> Handle(GeefExpertinzettenQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        // The store's filter already narrows to what the caller may see (school: own vestigingen; expert: own inzetten).
        var inzetten = db.Expertinzetten.AsNoTracking();
        if (ExpertinzetStatusCodes.Lijst.Zoek(query.Status) is { } status)
        {
            inzetten = inzetten.Where(i => i.Status == status);
        }

        if (ExpertisegebiedCodes.Lijst.Zoek(query.Expertisegebied) is { } gebied)
        {
            inzetten = inzetten.Where(i => i.Expertisegebied == gebied);
        }

        if (query.ExpertId is { } expertId)
        {
            inzetten = inzetten.Where(i => i.ExpertId == expertId);
        }

        if (query.Vestiging is not null && VestigingCode.Parse(query.Vestiging).Lukt(out var vestiging))
        {
            inzetten = inzetten.Where(i => i.Vestiging == vestiging);
        }

        if (query.LeerlingId is { } leerlingId)
        {
            inzetten = inzetten.Where(i => i.LeerlingId == leerlingId);
        }

        var totaal = await inzetten.CountAsync(cancellationToken).ConfigureAwait(false);
        var rijen = await inzetten
            .OrderByDescending(i => i.GestartOp).ThenByDescending(i => i.Id)
            .Take(GeefExpertinzettenQuery.Maximum)
            .Select(i => new
            {
                i.Id, i.LeerlingId, i.Vestiging, i.Expertisegebied, i.Status, i.ExpertId, i.ExpertNaam, i.UrenGebruikt, i.UrenBudget, i.GestartOp,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Names of the pupils the caller may (still) see; the store's filter decides, so an expert after closing gets none.
        var ids = rijen.Select(r => r.LeerlingId).Distinct().ToList();
        var namen = await db.Leerlingen.AsNoTracking().Where(l => ids.Contains(l.Id))
            .Select(l => new { l.Id, l.Voornaam, l.Achternaam })
            .ToDictionaryAsync(l => l.Id, l => Leerling.VolledigeNaam(l.Voornaam, l.Achternaam), cancellationToken).ConfigureAwait(false);

        return new ExpertinzettenDto(
            [.. rijen.Select(r => new ExpertinzetRegelDto(
                r.Id,
                r.LeerlingId,
                namen.GetValueOrDefault(r.LeerlingId),
                r.Vestiging.Waarde,
                ExpertisegebiedCodes.Lijst.Code(r.Expertisegebied),
                ExpertinzetStatusCodes.Lijst.Code(r.Status),
                r.ExpertId,
                r.ExpertNaam,
                r.UrenGebruikt,
                r.UrenBudget,
                r.UrenBudget is { } budget && budget > 0 && r.UrenGebruikt >= budget * Domain.Portfolio.Expertinzet.Expertinzet.Waarschuwingsgrens,
                r.GestartOp))],
            totaal);
    }
}
