using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Begeleidingsaanbod;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.NeemAanbiederUitBedrijf;

public sealed class NeemAanbiederUitBedrijfValidator : AbstractValidator<NeemAanbiederUitBedrijfCommand>
{
    public NeemAanbiederUitBedrijfValidator()
    {
        RuleFor(c => c.Code).MoetVoldoenAan(c => ObaCode.Parse(c));
        RuleFor(c => c.LaatsteDag).NotNull().WithErrorCode("laatste-dag-vereist").WithMessage("Geef de laatste dag op waarop de aanbieder in bedrijf is.");
    }
}
