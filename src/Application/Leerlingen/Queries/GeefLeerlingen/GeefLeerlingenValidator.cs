using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Leerlingen.Queries.GeefLeerlingen;

public sealed class GeefLeerlingenValidator : AbstractValidator<GeefLeerlingenQuery>
{
    public GeefLeerlingenValidator()
    {
        RuleFor(q => q.Vestiging).MoetVoldoenAan(v => VestigingCode.Parse(v, "vestiging")).When(q => q.Vestiging is not null);
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(LeerlingCursor.MaximalePageSize);
    }
}
