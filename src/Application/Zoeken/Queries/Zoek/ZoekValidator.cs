using FluentValidation;

namespace PassendOnderwijs.Application.Zoeken.Queries.Zoek;

public sealed class ZoekValidator : AbstractValidator<ZoekQuery>
{
    public ZoekValidator()
    {
        RuleFor(q => q.Zoekterm).NotEmpty().WithErrorCode("zoekterm-vereist").WithMessage("Typ waarop u wilt zoeken.");
        RuleFor(q => q.Zoekterm).MaximumLength(Zoekterm.MaximaleLengte)
            .WithErrorCode("tekst-te-lang").WithMessage($"Hoogstens {Zoekterm.MaximaleLengte} tekens.");
        RuleFor(q => Zoekterm.Lees(q.Zoekterm)).Must(t => t.AantalDatums <= 1)
            .OverridePropertyName(nameof(ZoekQuery.Zoekterm))
            .WithErrorCode("meerdere-datums").WithMessage("Zoek op één geboortedatum tegelijk.");
        RuleFor(q => Zoekterm.Lees(q.Zoekterm)).Must(t => t.AantalDatums > 0 || t.Tekst.Length >= Zoekterm.MinsteTekens)
            .When(q => !string.IsNullOrWhiteSpace(q.Zoekterm))
            .OverridePropertyName(nameof(ZoekQuery.Zoekterm))
            .WithErrorCode("zoekterm-te-kort")
            .WithMessage($"Typ minstens {Zoekterm.MinsteTekens} tekens, of een geboortedatum als 14-03-2017.");
    }
}
