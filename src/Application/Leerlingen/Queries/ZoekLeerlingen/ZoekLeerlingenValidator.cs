using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;

namespace PassendOnderwijs.Application.Leerlingen.Queries.ZoekLeerlingen;

public sealed class ZoekLeerlingenValidator : AbstractValidator<ZoekLeerlingenQuery>
{
    public ZoekLeerlingenValidator()
    {
        Include(new LeerlingZoekvraagRegels());
        Include(new LeerlingSelectieRegels());
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(LeerlingCursor.MaximalePageSize);
    }
}
