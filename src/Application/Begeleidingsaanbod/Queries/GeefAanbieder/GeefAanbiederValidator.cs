using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Begeleidingsaanbod;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Queries.GeefAanbieder;

public sealed class GeefAanbiederValidator : AbstractValidator<GeefAanbiederQuery>
{
    public GeefAanbiederValidator() => RuleFor(q => q.Code).MoetVoldoenAan(c => ObaCode.Parse(c));
}
