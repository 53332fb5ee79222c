using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefSchool;

public sealed class GeefSchoolHandler(IApplicationDbContext db) : IQueryHandler<GeefSchoolQuery, Result<SchoolDto>>
{
    public async ValueTask<Result<SchoolDto>> Handle(GeefSchoolQuery query, CancellationToken cancellationToken)
    {
        var vestiging = VestigingCode.Parse(query.Vestiging).Waarde;
        var gevonden = await db.Scholen.AsNoTracking().Where(s => s.Id == vestiging)
            .Join(db.Schoolbesturen, s => s.SchoolbestuurId, b => b.Id, (s, b) => new { School = s, b.Nummer })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return gevonden is null ? OrganisatieFouten.OnbekendeSchool(query.Vestiging) : SchoolDto.Van(gevonden.School, gevonden.Nummer);
    }
}
