using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefSchoolbesturen;

[Toegang(Rollen = [Rol.SwvBeheerder, Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert])]
public sealed record GeefSchoolbesturenQuery : IQuery<Result<SchoolbesturenDto>>;

public sealed record SchoolbesturenDto(IReadOnlyList<SchoolbestuurDto> Schoolbesturen);

public sealed class GeefSchoolbesturenHandler(IApplicationDbContext db) : IQueryHandler<GeefSchoolbesturenQuery, Result<SchoolbesturenDto>>
{
    public async ValueTask<Result<SchoolbesturenDto>> Handle(GeefSchoolbesturenQuery query, CancellationToken cancellationToken)
    {
        var besturen = await db.Schoolbesturen.AsNoTracking().OrderBy(b => b.Naam).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new SchoolbesturenDto(besturen.Select(SchoolbestuurDto.Van).ToList());
    }
}
