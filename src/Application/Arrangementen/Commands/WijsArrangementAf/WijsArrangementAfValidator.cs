using FluentValidation;

namespace PassendOnderwijs.Application.Arrangementen.Commands.WijsArrangementAf;

public sealed class WijsArrangementAfValidator : AbstractValidator<WijsArrangementAfCommand>
{
    public WijsArrangementAfValidator()
    {
        RuleFor(c => c.Besluitdatum).NotNull().WithErrorCode("besluitdatum-vereist").WithMessage("Geef de datum van het besluit.");
    }
}
