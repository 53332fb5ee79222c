using FluentValidation;

namespace PassendOnderwijs.Application.Organisaties.Queries.ExporteerScholen;

public sealed class ExporteerScholenValidator : AbstractValidator<ExporteerScholenQuery>
{
    public ExporteerScholenValidator() => Include(new ScholenSelectieRegels());
}
