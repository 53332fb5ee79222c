using AutoMapper;
using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Expertises.Queries.GeefExpertises;

public sealed class GeefExpertisesHandler(IApplicationDbContext db, IMapper mapper, TimeProvider klok)
    : IQueryHandler<GeefExpertisesQuery, Result<ExpertiseLijstDto>>
{
    public async ValueTask<Result<ExpertiseLijstDto>> Handle(GeefExpertisesQuery query, CancellationToken cancellationToken)
    {
        var gevraagd = GevraagdSchooljaar.Lees(query.Leerjaar, klok);
        if (!gevraagd.Lukt(out var schooljaar))
        {
            return Result<ExpertiseLijstDto>.Mislukt(gevraagd.Fouten);
        }

        var waardelijst = await db.ExpertiseWaardelijsten.VoorAsync(schooljaar, cancellationToken).ConfigureAwait(false);
        if (waardelijst is null)
        {
            return ExpertiseFouten.GeenWaardelijst(schooljaar);
        }

        var leerjaar = schooljaar.ToString();
        return new ExpertiseLijstDto
        {
            Leerjaar = leerjaar,
            Expertises = mapper.Map<IReadOnlyList<ExpertiseDto>>(
                waardelijst.Expertises,
                o => o.Items[ExpertiseMappingProfiel.LeerjaarSleutel] = leerjaar),
        };
    }
}
