using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Middelen.Queries.GeefVerantwoording;

public sealed class GeefVerantwoordingHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper) : IQueryHandler<GeefVerantwoordingQuery, Result<VerantwoordingDto>>
{
    public async ValueTask<Result<VerantwoordingDto>> Handle(GeefVerantwoordingQuery query, CancellationToken cancellationToken)
    {
        var verantwoording = await db.Verantwoordingen.AsNoTracking().FirstOrDefaultAsync(v => v.Id == query.Id, cancellationToken).ConfigureAwait(false);
        if (verantwoording is null)
        {
            return MiddelenFouten.VerantwoordingOnbekend;
        }

        var toekenning = await db.Middelentoekenningen.AsNoTracking().FirstAsync(t => t.Id == verantwoording.ToekenningId, cancellationToken).ConfigureAwait(false);
        return await db.AlsDtoAsync(verantwoording, toekenning, aanroeper, cancellationToken).ConfigureAwait(false);
    }
}
