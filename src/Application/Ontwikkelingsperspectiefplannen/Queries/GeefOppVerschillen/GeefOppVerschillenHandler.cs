using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOppVerschillen;

public sealed class GeefOppVerschillenHandler(IApplicationDbContext db) : IQueryHandler<GeefOppVerschillenQuery, Result<OppVerschillenDto>>
{
    public async ValueTask<Result<OppVerschillenDto>> Handle(GeefOppVerschillenQuery query, CancellationToken cancellationToken)
    {
        var opp = await db.Ontwikkelingsperspectiefplannen.AsNoTracking().FirstOrDefaultAsync(o => o.Id == query.OppId, cancellationToken).ConfigureAwait(false);
        if (opp is null)
        {
            return OppFouten.Onbekend(query.OppId);
        }

        // Without numbers: the version that holds against the concept, or else the last two.
        var laatste = opp.Versies[^1].Nummer;
        var naar = query.Naar ?? laatste;
        var van = query.Van ?? (opp.Geldend is { } geldend && geldend.Nummer != naar ? geldend.Nummer : Math.Max(1, naar - 1));
        var fouten = new[] { ("van", van), ("naar", naar) }
            .Where(v => opp.Versies.All(x => x.Nummer != v.Item2))
            .Select(v => Fout.Ongeldig("versie-onbekend", $"Dit OPP heeft geen versie {v.Item2}; het heeft de versies 1 tot en met {laatste}.", v.Item1))
            .ToList();
        if (fouten.Count > 0)
        {
            return Result<OppVerschillenDto>.Mislukt(fouten);
        }

        OppVersie Versie(int nummer) => opp.Versies.Single(v => v.Nummer == nummer);
        var verschillen = OppVelden.Verschillen(Versie(van).Inhoud, Versie(naar).Inhoud);
        return new OppVerschillenDto(opp.Id, opp.LeerlingId, van, naar, [.. verschillen.Select(v => new OppVerschilDto(v.Pad, v.Label, v.Oud, v.Nieuw))]);
    }
}
