using AutoMapper;
using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Expertises.Queries.GeefExpertise;

public sealed class GeefExpertiseHandler(IApplicationDbContext db, IMapper mapper, TimeProvider klok)
    : IQueryHandler<GeefExpertiseQuery, Result<ExpertiseDto>>
{
    public async ValueTask<Result<ExpertiseDto>> Handle(GeefExpertiseQuery query, CancellationToken cancellationToken)
    {
        var gevraagd = Lezen.Samen(
            ExpertiseCode.Parse(query.Code), GevraagdSchooljaar.Lees(query.Leerjaar, klok), (code, schooljaar) => (Code: code, Schooljaar: schooljaar));
        if (!gevraagd.Lukt(out var vraag))
        {
            return Result<ExpertiseDto>.Mislukt(gevraagd.Fouten);
        }

        var (code, schooljaar) = vraag;
        var waardelijst = await db.ExpertiseWaardelijsten.VoorAsync(schooljaar, cancellationToken).ConfigureAwait(false);
        if (waardelijst is null)
        {
            return ExpertiseFouten.GeenWaardelijst(schooljaar);
        }

        var expertise = waardelijst.Zoek(code);
        if (expertise is null)
        {
            return ExpertiseFouten.ExpertiseOnbekend(code.Waarde, schooljaar);
        }

        return mapper.Map<ExpertiseDto>(
            expertise,
            o => o.Items[ExpertiseMappingProfiel.LeerjaarSleutel] = schooljaar.ToString());
    }
}
