using FluentValidation;
using PassendOnderwijs.Application.Common.Idempotentie;

namespace PassendOnderwijs.Application.Arrangementen.Commands.VraagArrangementAan;

public sealed class VraagArrangementAanValidator : AbstractValidator<VraagArrangementAanCommand>
{
    public VraagArrangementAanValidator()
    {
        RuleFor(c => c.IdempotencyKey).Must(Idempotentie.IsGeldigeSleutel).When(c => c.IdempotencyKey is not null)
            .WithErrorCode("ongeldige-idempotency-key")
            .WithMessage($"Een Idempotency-Key is 1 tot {Idempotentiesleutel.MaximaleLengte} zichtbare ASCII-tekens, bijvoorbeeld een UUID.");
    }
}
