using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Begeleidingsaanbod;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.BeeindigAanbod;

public sealed class BeeindigAanbodValidator : AbstractValidator<BeeindigAanbodCommand>
{
    public BeeindigAanbodValidator()
    {
        RuleFor(c => c.Code).MoetVoldoenAan(c => ObaCode.Parse(c));
        RuleFor(c => c.LaatsteDag).NotNull().WithErrorCode("laatste-dag-vereist").WithMessage("Geef de laatste dag op waarop het aanbod nog geldt.");
    }
}
