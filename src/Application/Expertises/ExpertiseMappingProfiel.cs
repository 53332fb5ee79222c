using AutoMapper;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Expertises;

public sealed class ExpertiseMappingProfiel : Profile
{
    /// <summary>Key in the mapping context for the leerjaar the caller asked for (a version can cover several).</summary>
    public const string LeerjaarSleutel = "leerjaar";

    public ExpertiseMappingProfiel()
    {
        CreateMap<Expertise, ExpertiseDto>()
            .ForMember(d => d.Code, o => o.MapFrom(s => s.Code.Waarde))
            .ForMember(d => d.Leerjaar, o => o.MapFrom((_, _, _, context) => context.Items[LeerjaarSleutel]));
    }
}
