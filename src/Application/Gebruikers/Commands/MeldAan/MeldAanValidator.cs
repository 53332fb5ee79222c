using FluentValidation;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.MeldAan;

public sealed class MeldAanValidator : AbstractValidator<MeldAanCommand>
{
    /// <summary>Bounds the work of hashing: a megabyte "password" must not cost a megabyte of PBKDF2.</summary>
    public const int MaximaleLengteWachtwoord = 256;

    public MeldAanValidator()
    {
        RuleFor(c => c.Email)
            .NotEmpty().WithErrorCode("emailadres-vereist").WithMessage("Vul je e-mailadres in.")
            .MaximumLength(EmailAdres.MaximaleLengte).WithErrorCode("ongeldig-emailadres").WithMessage("Dit e-mailadres is te lang.");
        RuleFor(c => c.Wachtwoord)
            .NotEmpty().WithErrorCode("wachtwoord-vereist").WithMessage("Vul je wachtwoord in.")
            .MaximumLength(MaximaleLengteWachtwoord).WithErrorCode("ongeldig-wachtwoord").WithMessage("Dit wachtwoord is te lang.");
    }
}
