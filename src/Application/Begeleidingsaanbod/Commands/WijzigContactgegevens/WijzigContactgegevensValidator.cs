using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Begeleidingsaanbod;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.WijzigContactgegevens;

public sealed class WijzigContactgegevensValidator : AbstractValidator<WijzigContactgegevensCommand>
{
    public WijzigContactgegevensValidator() => RuleFor(c => c.Code).MoetVoldoenAan(c => ObaCode.Parse(c));
}
