using FluentValidation;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementen;

public sealed class GeefArrangementenValidator : AbstractValidator<GeefArrangementenQuery>
{
    public GeefArrangementenValidator() => Include(new ArrangementSelectieRegels());
}
