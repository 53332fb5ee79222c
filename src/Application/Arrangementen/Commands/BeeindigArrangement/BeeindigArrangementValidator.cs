using FluentValidation;

namespace PassendOnderwijs.Application.Arrangementen.Commands.BeeindigArrangement;

public sealed class BeeindigArrangementValidator : AbstractValidator<BeeindigArrangementCommand>
{
    public BeeindigArrangementValidator()
    {
        RuleFor(c => c.Einddatum).NotNull().WithErrorCode("einddatum-vereist").WithMessage("Geef de laatste dag van het arrangement.");
    }
}
