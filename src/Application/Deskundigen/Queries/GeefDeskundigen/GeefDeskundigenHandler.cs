using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Deskundigen.Queries.GeefDeskundigen;

public sealed class GeefDeskundigenHandler(IApplicationDbContext db, ISynctokens tokens) : IQueryHandler<GeefDeskundigenQuery, Result<DeskundigenDto>>
{
    public async ValueTask<Result<DeskundigenDto>> Handle(GeefDeskundigenQuery query, CancellationToken cancellationToken)
    {
        if (await tokens.OverslaanAsync<DeskundigenCursor>(query.Cursor, cancellationToken).ConfigureAwait(false) is not { } overslaan)
        {
            return SynctokenFouten.Cursor();
        }

        // The tenant filter of the DbContext keeps this to the caller's own samenwerkingsverband.
        var selectie = query.Selecteer(db.Deskundigen.AsNoTracking());
        var grootte = query.PageSize ?? DeskundigenCursor.StandaardPageSize;
        var totaal = await selectie.CountAsync(cancellationToken).ConfigureAwait(false);
        var gevonden = await selectie.Skip((int)Math.Min(overslaan, int.MaxValue)).Take(grootte + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new DeskundigenDto(
            await db.AlsDtosAsync(gevonden.Take(grootte).ToList(), cancellationToken).ConfigureAwait(false),
            totaal,
            await tokens.VolgendeAsync<DeskundigenCursor>(overslaan, grootte, gevonden.Count, cancellationToken).ConfigureAwait(false));
    }
}
