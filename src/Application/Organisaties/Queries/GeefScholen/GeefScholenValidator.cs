using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefScholen;

public sealed class GeefScholenValidator : AbstractValidator<GeefScholenQuery>
{
    public GeefScholenValidator()
    {
        Include(new ScholenSelectieRegels());
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(ScholenCursor.MaximalePageSize);
    }
}
