using FluentValidation;

namespace PassendOnderwijs.Application.Arrangementen.Commands.StartArrangement;

public sealed class StartArrangementValidator : AbstractValidator<StartArrangementCommand>
{
    public StartArrangementValidator()
    {
        RuleFor(c => c.Startdatum).NotNull().WithErrorCode("startdatum-vereist").WithMessage("Geef de datum waarop het arrangement start.");
    }
}
