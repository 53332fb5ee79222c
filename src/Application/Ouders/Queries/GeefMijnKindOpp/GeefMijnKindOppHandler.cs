using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ouders.Queries.GeefMijnKindOpp;

public sealed class GeefMijnKindOppHandler(IApplicationDbContext db) : IQueryHandler<GeefMijnKindOppQuery, Result<OuderOppDto>>
{
    public async ValueTask<Result<OuderOppDto>> Handle(GeefMijnKindOppQuery query, CancellationToken cancellationToken)
    {
        var gevonden = await OuderOpps.ZoekAsync(db, query.LeerlingId, query.OppId, volgen: false, cancellationToken).ConfigureAwait(false);
        if (!gevonden.Lukt(out var opp))
        {
            return Result<OuderOppDto>.Mislukt(gevonden.Fouten);
        }

        var scholen = await OuderOpps.SchoolnamenAsync(db, [opp], cancellationToken).ConfigureAwait(false);
        return OuderOppDto.Van(opp, scholen[opp.Id]);
    }
}
