using FluentValidation;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.RegistreerGebruiker;

/// <summary>The role must be known; the account aggregate checks the rest and reports every problem at once.</summary>
public sealed class RegistreerGebruikerValidator : AbstractValidator<RegistreerGebruikerCommand>
{
    public RegistreerGebruikerValidator()
    {
        RuleFor(c => c.Rol).Must(r => RolCodes.VanCode(r) is not null)
            .WithErrorCode("onbekende-rol").WithMessage("Kies een rol: swv-beheerder, swv-medewerker, school-medewerker of expert.");
        RuleFor(c => c.Vestigingen).Must(v => v is null || v.Count <= 50)
            .WithErrorCode("te-veel-vestigingen").WithMessage("Hoogstens 50 vestigingen per account.");
    }
}
