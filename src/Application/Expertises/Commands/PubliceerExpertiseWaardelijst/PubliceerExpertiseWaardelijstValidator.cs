using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;

namespace PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;

/// <summary>Shape only; the waardelijst aggregate checks the entries and the rules across versions.</summary>
public sealed class PubliceerExpertiseWaardelijstValidator : AbstractValidator<PubliceerExpertiseWaardelijstCommand>
{
    /// <summary>RIO's list has 16 entries; anything near this bound is not an expertise waardelijst.</summary>
    public const int MaximumAantalExpertises = 500;

    public PubliceerExpertiseWaardelijstValidator()
    {
        RuleFor(c => c.GeldigVanaf).MoetLeerjaarZijn();
        RuleFor(c => c.Expertises)
            .NotNull().WithErrorCode("lege-waardelijst").WithMessage("Geef de expertises van de waardelijst op.")
            .Must(e => e is null || e.Count <= MaximumAantalExpertises)
            .WithErrorCode("te-lange-waardelijst")
            .WithMessage($"Een waardelijst bevat hoogstens {MaximumAantalExpertises} expertises.");
    }
}
