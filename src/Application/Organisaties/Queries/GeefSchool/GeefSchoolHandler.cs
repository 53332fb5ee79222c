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
        // The validator refused a malformed code before this point; this only guards the handler used on its own.
        var gelezen = VestigingCode.Parse(query.Vestiging);
        if (!gelezen.Lukt(out var vestiging))
        {
            return Result<SchoolDto>.Mislukt(gelezen.Fouten);
        }

        var gevonden = await db.Scholen.AsNoTracking().Where(s => s.Vestiging == vestiging)
            .Join(db.Schoolbesturen, s => s.SchoolbestuurId, b => b.Id, (s, b) => new { School = s, b.Nummer })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return gevonden is null ? OrganisatieFouten.OnbekendeSchool(vestiging) : SchoolDto.Van(gevonden.School, gevonden.Nummer);
    }
}
