using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Begeleidingsaanbod;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.VerwijderAanbieder;

public sealed class VerwijderAanbiederValidator : AbstractValidator<VerwijderAanbiederCommand>
{
    public VerwijderAanbiederValidator() => RuleFor(c => c.Code).MoetVoldoenAan(c => ObaCode.Parse(c));
}
