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
        // The validator refused a code that does not read (400); this only guards a handler used on its own.
        var gelezen = ObaCode.Parse(query.Code);
        if (!gelezen.Lukt(out var code))
        {
            return Result<AanbiederDto>.Mislukt(gelezen.Fouten);
        }

        var aanbieder = await db.Onderwijsbegeleidingsaanbieders.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, cancellationToken).ConfigureAwait(false);
        return aanbieder is null ? AanbiederFouten.Onbekend(code) : AanbiederDto.Van(aanbieder, aanroeper.Registerbeheer());
    }
}
