using FluentValidation;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Leerlingen.Commands.VoegBetrokkeneToe;

public sealed class VoegBetrokkeneToeValidator : AbstractValidator<VoegBetrokkeneToeCommand>
{
    public VoegBetrokkeneToeValidator(TimeProvider klok)
    {
        RuleFor(c => c.ExpertId).Must(id => id is not null && id != Guid.Empty)
            .WithErrorCode("expert-vereist").WithMessage("Kies de expert die de leerling mag zien.");
        RuleFor(c => c).Custom((c, context) => context.VoegToe(Betrokkene.Controleer(c.Reden, c.Tot, NederlandseTijd.Vandaag(klok))));
    }
}
