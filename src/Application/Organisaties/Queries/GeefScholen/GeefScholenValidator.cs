using FluentValidation;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefScholen;

public sealed class GeefScholenValidator : AbstractValidator<GeefScholenQuery>
{
    public GeefScholenValidator()
    {
        RuleFor(q => q.Soort).Must(s => SoortSchoolCodes.Lijst.Zoek(s) is not null).When(q => q.Soort is not null)
            .WithErrorCode("ongeldige-soort").WithMessage($"Kies een soort: {string.Join(", ", SoortSchoolCodes.Lijst.Alle)}.");
        RuleFor(q => q.Regio).MaximumLength(Samenwerkingsverband.MaximaleLengteNaam).WithErrorCode("tekst-te-lang");
    }
}
