using FluentValidation;

namespace PassendOnderwijs.Application.Arrangementen.Commands.KenArrangementToe;

public sealed class KenArrangementToeValidator : AbstractValidator<KenArrangementToeCommand>
{
    public KenArrangementToeValidator()
    {
        RuleFor(c => c.Besluitdatum).NotNull().WithErrorCode("besluitdatum-vereist").WithMessage("Geef de datum van het besluit.");
    }
}
