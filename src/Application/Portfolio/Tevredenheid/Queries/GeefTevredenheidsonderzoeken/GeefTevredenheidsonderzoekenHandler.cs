using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Tevredenheid.Queries.GeefTevredenheidsonderzoeken;

public sealed class GeefTevredenheidsonderzoekenHandler(ILeesDbContext db, IHuidigeGebruiker aanroeper)
    : IQueryHandler<GeefTevredenheidsonderzoekenQuery, Result<TevredenheidsonderzoekenDto>>
{
    public async ValueTask<Result<TevredenheidsonderzoekenDto>> Handle(GeefTevredenheidsonderzoekenQuery query, CancellationToken cancellationToken)
    {
        bool? beantwoord = query.Status switch
        {
            null => null,
            "open" => false,
            "beantwoord" => true,
            _ => null,
        };
        if (query.Status is not null && beantwoord is null)
        {
            return Fout.Ongeldig("onbekende-status", "Kies status open of beantwoord.", "status");
        }

        var selectie = db.Tevredenheidsonderzoeken.AsQueryable();
        if (beantwoord is { } b)
        {
            selectie = b ? selectie.Where(o => o.BeantwoordOp != null) : selectie.Where(o => o.BeantwoordOp == null);
        }

        var onderzoeken = await selectie.OrderByDescending(o => o.VerstuurdOp).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new TevredenheidsonderzoekenDto([.. onderzoeken.Select(o => TevredenheidsonderzoekDto.Van(o, aanroeper))]);
    }
}
