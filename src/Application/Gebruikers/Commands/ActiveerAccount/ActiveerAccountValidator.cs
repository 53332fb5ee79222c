using FluentValidation;
using PassendOnderwijs.Application.Gebruikers.Commands.MeldAan;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.ActiveerAccount;

public sealed class ActiveerAccountValidator : AbstractValidator<ActiveerAccountCommand>
{
    public ActiveerAccountValidator()
    {
        RuleFor(c => c.Activatiecode).NotEmpty().MaximumLength(100)
            .WithErrorCode("activatiecode-vereist").WithMessage("Deze pagina hoort bij een activeringscode; gebruik de link van je beheerder.");
        RuleFor(c => c.Wachtwoord)
            .MinimumLength(Gebruiker.MinimaleLengteWachtwoord).WithErrorCode("wachtwoord-te-kort")
            .WithMessage($"Kies een wachtwoord van minstens {Gebruiker.MinimaleLengteWachtwoord} tekens.")
            .MaximumLength(MeldAanValidator.MaximaleLengteWachtwoord).WithErrorCode("wachtwoord-te-lang").WithMessage("Dit wachtwoord is te lang.");
        RuleFor(c => c.Herhaling).Equal(c => c.Wachtwoord)
            .WithErrorCode("wachtwoorden-verschillen").WithMessage("De twee wachtwoorden zijn niet gelijk.");
    }
}
