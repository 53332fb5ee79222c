using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Beleid.Queries.GeefBeleidsgeschiedenis;

public sealed class GeefBeleidsgeschiedenisHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper)
    : IQueryHandler<GeefBeleidsgeschiedenisQuery, Result<BeleidsgeschiedenisDto>>
{
    public async ValueTask<Result<BeleidsgeschiedenisDto>> Handle(GeefBeleidsgeschiedenisQuery query, CancellationToken cancellationToken)
    {
        var instellingen = await db.BeleidsinstellingenAsync(aanroeper, cancellationToken).ConfigureAwait(false);
        return new BeleidsgeschiedenisDto(
            BeleidswaardenDto.Van(Beleidswaarden.Standaard(Beleidsinstellingen.IsVo(instellingen.Id))),
            instellingen.Versies.Select(BeleidsversieDto.Van).ToList(),
            instellingen.Versie);
    }
}
