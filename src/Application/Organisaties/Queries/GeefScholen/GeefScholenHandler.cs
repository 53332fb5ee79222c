using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefScholen;

public sealed class GeefScholenHandler(IApplicationDbContext db, ISynctokens tokens) : IQueryHandler<GeefScholenQuery, Result<ScholenDto>>
{
    public async ValueTask<Result<ScholenDto>> Handle(GeefScholenQuery query, CancellationToken cancellationToken)
    {
        var rijen = query.Selecteer(db).AsNoTracking();
        if (await tokens.OverslaanAsync<ScholenCursor>(query.Cursor, cancellationToken).ConfigureAwait(false) is not { } overslaan)
        {
            return SynctokenFouten.Cursor();
        }

        var grootte = query.PageSize ?? ScholenCursor.StandaardPageSize;
        var totaal = await rijen.CountAsync(cancellationToken).ConfigureAwait(false);
        var gevonden = await query.Orden(rijen).Skip((int)Math.Min(overslaan, int.MaxValue)).Take(grootte + 1)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var pagina = gevonden.Take(grootte).ToList();
        return new ScholenDto(
            pagina.Select(r => SchoolDto.Van(r.School, r.Bestuur.Nummer)).ToList(),
            totaal,
            await tokens.VolgendeAsync<ScholenCursor>(overslaan, grootte, gevonden.Count, cancellationToken).ConfigureAwait(false));
    }
}
