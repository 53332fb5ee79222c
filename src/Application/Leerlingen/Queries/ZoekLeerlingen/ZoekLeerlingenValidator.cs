using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Leerlingen.Queries.ZoekLeerlingen;

public sealed class ZoekLeerlingenValidator : AbstractValidator<ZoekLeerlingenQuery>
{
    public ZoekLeerlingenValidator()
    {
        Include(new LeerlingZoekvraagRegels());
        RuleFor(q => q.Vestiging).MoetVoldoenAan(v => VestigingCode.Parse(v, "vestiging")).When(q => q.Vestiging is not null);
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(LeerlingCursor.MaximalePageSize);
    }
}
