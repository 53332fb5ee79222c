using FluentValidation;

namespace PassendOnderwijs.Application.Deskundigen.Queries.ExporteerDeskundigen;

public sealed class ExporteerDeskundigenValidator : AbstractValidator<ExporteerDeskundigenQuery>
{
    public ExporteerDeskundigenValidator() => Include(new DeskundigenSelectieRegels());
}
