using FluentValidation;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefArrangementOverzicht;

public sealed class GeefArrangementOverzichtValidator : AbstractValidator<GeefArrangementOverzichtQuery>
{
    public GeefArrangementOverzichtValidator() => Include(new ArrangementSelectieRegels());
}
