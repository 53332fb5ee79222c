using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Application.Expertises.Queries.GeefExpertise;

public sealed class GeefExpertiseValidator : AbstractValidator<GeefExpertiseQuery>
{
    public GeefExpertiseValidator()
    {
        RuleFor(q => q.Code).MoetVoldoenAan(code => ExpertiseCode.Parse(code));
        RuleFor(q => q.Leerjaar).MoetLeerjaarZijn().When(q => q.Leerjaar is not null);
    }
}
