using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszitters;

public sealed class GeefThuiszittersValidator : AbstractValidator<GeefThuiszittersQuery>
{
    public GeefThuiszittersValidator()
    {
        RuleFor(q => q.Soort).MoetVoldoenAan(s => VerzuimsoortCodes.Lijst.Lees(s, "soort", "soort")).When(q => q.Soort is not null);
        RuleFor(q => q.Status).MoetVoldoenAan(s => ThuiszitterStatusCodes.Lijst.Lees(s, "status", "status")).When(q => q.Status is not null);
        RuleFor(q => q.Vestiging).MoetVoldoenAan(v => VestigingCode.Parse(v, "vestiging")).When(q => q.Vestiging is not null);
        RuleFor(q => q.Regio).MaximumLength(100);
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(ThuiszittersCursor.MaximalePageSize);
    }
}
