using FluentValidation;

namespace PassendOnderwijs.Application.Arrangementen.Queries.ExporteerArrangementen;

public sealed class ExporteerArrangementenValidator : AbstractValidator<ExporteerArrangementenQuery>
{
    public ExporteerArrangementenValidator() => Include(new ArrangementSelectieRegels());
}
