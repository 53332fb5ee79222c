using FluentValidation;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Koppelingen.Commands.RegistreerKoppeling;

public sealed class RegistreerKoppelingValidator : AbstractValidator<RegistreerKoppelingCommand>
{
    public const int MaximaleLengteNaam = 100;
    public const int MaximaleLengteSleutels = 16_384;

    public RegistreerKoppelingValidator()
    {
        RuleFor(c => c.Naam)
            .NotEmpty().WithErrorCode("naam-vereist").WithMessage("Geef de koppeling een naam, bijvoorbeeld de naam van het LAS.")
            .MaximumLength(MaximaleLengteNaam).WithErrorCode("naam-te-lang").WithMessage($"Een naam is hoogstens {MaximaleLengteNaam} tekens.");
        RuleFor(c => c.Scopes)
            .NotEmpty().WithErrorCode("scopes-vereist").WithMessage("Geef minstens één scope op.");
        RuleForEach(c => c.Scopes)
            .Must(s => s is not null && Scopes.Alle.Contains(s)).WithErrorCode("onbekende-scope")
            .WithMessage(c => $"Onbekende scope. Mogelijk zijn: {string.Join(", ", Scopes.Alle)}.");
        RuleFor(c => c.Vestigingen).Must(v => v is null || v.Count <= 200)
            .WithErrorCode("te-veel-vestigingen").WithMessage("Hoogstens 200 vestigingen per koppeling.");
        RuleForEach(c => c.Vestigingen).MoetVoldoenAan(v => VestigingCode.Parse(v));
        RuleFor(c => c.PubliekeSleutels)
            .MaximumLength(MaximaleLengteSleutels).WithErrorCode("sleutels-te-groot").WithMessage("De sleutelset is te groot.");
    }
}
