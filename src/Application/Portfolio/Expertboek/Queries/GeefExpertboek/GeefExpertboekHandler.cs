using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio;

namespace PassendOnderwijs.Application.Portfolio.Expertboek.Queries.GeefExpertboek;

public sealed class GeefExpertboekHandler(IApplicationDbContext db) : IQueryHandler<GeefExpertboekQuery, Result<ExpertboekDto>>
{
    public async ValueTask<Result<ExpertboekDto>> Handle(GeefExpertboekQuery query, CancellationToken cancellationToken)
    {
        Expertisegebied? gebied = null;
        if (query.Expertisegebied is not null)
        {
            var gelezen = ExpertisegebiedCodes.Lijst.Lees(query.Expertisegebied, "expertisegebied", "expertisegebied");
            if (!gelezen.Lukt(out var g))
            {
                return Result<ExpertboekDto>.Mislukt(gelezen.Fouten);
            }

            gebied = g;
        }

        var gebiedCode = gebied is { } x ? ExpertisegebiedCodes.Lijst.Code(x) : null;
        var regels = (await db.LeesAsync(alleen: null, cancellationToken).ConfigureAwait(false))
            .Where(r => query.Regio is null || (r.Profiel is { } p && (p.Regio == query.Regio || p.OokInRegios.Contains(query.Regio))))
            .Where(r => gebiedCode is null || (r.Profiel?.Expertisegebieden.Contains(gebiedCode) ?? false))
            .ToList();
        return new ExpertboekDto(regels, regels.Where(r => r.Actief).Sum(r => r.Profiel?.Fte ?? 0));
    }
}
