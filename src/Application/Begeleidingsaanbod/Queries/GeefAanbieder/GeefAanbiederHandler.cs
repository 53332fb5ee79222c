using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.GeefAanbieder;

public sealed class GeefAanbiederHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper) : IQueryHandler<GeefAanbiederQuery, Result<AanbiederDto>>
{
    public async ValueTask<Result<AanbiederDto>> Handle(GeefAanbiederQuery query, CancellationToken cancellationToken)
    {
        var code = ObaCode.Parse(query.Code).Waarde;
        var aanbieder = await db.Onderwijsbegeleidingsaanbieders.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, cancellationToken).ConfigureAwait(false);
        return aanbieder is null ? AanbiederFouten.Onbekend(query.Code) : AanbiederDto.Van(aanbieder, aanroeper.Registerbeheer());
    }
}
