using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Beleid.Queries.GeefBeleidsgeschiedenis;

public sealed class GeefBeleidsgeschiedenisHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper)
    : IQueryHandler<GeefBeleidsgeschiedenisQuery, Result<BeleidsgeschiedenisDto>>
{
    public async ValueTask<Result<BeleidsgeschiedenisDto>> Handle(GeefBeleidsgeschiedenisQuery query, CancellationToken cancellationToken)
    {
        var instellingen = await db.Beleidsinstellingen.AsNoTracking().FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var vo = SwvCode.Parse(aanroeper.Samenwerkingsverband) is { IsGelukt: true } swv && Beleidsinstellingen.IsVo(swv.Waarde);
        return new BeleidsgeschiedenisDto(
            BeleidswaardenDto.Van(Beleidswaarden.Standaard(vo)),
            (instellingen?.Versies ?? []).Select(BeleidsversieDto.Van).ToList(),
            instellingen?.Versie ?? 0);
    }
}
