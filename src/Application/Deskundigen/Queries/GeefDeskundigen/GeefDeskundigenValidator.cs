using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;

namespace PassendOnderwijs.Application.Deskundigen.Queries.GeefDeskundigen;

public sealed class GeefDeskundigenValidator : AbstractValidator<GeefDeskundigenQuery>
{
    public GeefDeskundigenValidator()
    {
        Include(new DeskundigenSelectieRegels());
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(DeskundigenCursor.MaximalePageSize);
    }
}
