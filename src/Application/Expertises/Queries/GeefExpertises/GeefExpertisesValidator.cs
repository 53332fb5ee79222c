using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;

namespace PassendOnderwijs.Application.Expertises.Queries.GeefExpertises;

public sealed class GeefExpertisesValidator : AbstractValidator<GeefExpertisesQuery>
{
    public GeefExpertisesValidator()
    {
        RuleFor(q => q.Leerjaar).MoetLeerjaarZijn().When(q => q.Leerjaar is not null);
    }
}
