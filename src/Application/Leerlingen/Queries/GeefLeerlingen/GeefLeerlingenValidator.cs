using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;

namespace PassendOnderwijs.Application.Leerlingen.Queries.GeefLeerlingen;

public sealed class GeefLeerlingenValidator : AbstractValidator<GeefLeerlingenQuery>
{
    public GeefLeerlingenValidator()
    {
        Include(new LeerlingSelectieRegels());
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(LeerlingCursor.MaximalePageSize);
    }
}
