using AutoMapper;
using PassendOnderwijs.Domain.Arrangementen;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementOverzicht;

/// <summary>
/// The overview row as a projection: <c>ProjectTo</c> turns it into one SQL query that selects only these columns,
/// instead of loading the arrangement with its JSON documents. Codes are written from the selected values after the
/// query, as EF does for a call in the final projection. The pupil's name comes from a query of its own
/// (<see cref="ArrangementLeerlingen"/> says why it cannot be a join).
/// </summary>
public sealed class ArrangementOverzichtProfiel : Profile
{
    public ArrangementOverzichtProfiel()
    {
        // A parameter of the projection, given per query: ProjectTo replaces this captured value.
        DateOnly vandaag = default;

        CreateMap<Arrangement, ArrangementSamenvattingDto>()
            .ForMember(d => d.Leerling, o => o.Ignore())
            .ForMember(d => d.Vestiging, o => o.MapFrom(a => a.Vestiging.Waarde))
            .ForMember(d => d.Soort, o => o.MapFrom(a => SoortArrangementCodes.Lijst.Code(a.Soort)))
            .ForMember(d => d.Status, o => o.MapFrom(a => ArrangementStatusCodes.Lijst.Code(a.Status)))
            .ForMember(d => d.EvaluatieVerlopen, o => o.MapFrom(a => a.Status == ArrangementStatus.Actief && a.VolgendeEvaluatieUiterlijk < vandaag));
    }
}
