using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Queries.GeefScholen;

public sealed class GeefScholenValidator : AbstractValidator<GeefScholenQuery>
{
    public GeefScholenValidator()
    {
        RuleFor(q => q.Soort).Must(s => SoortSchoolCodes.Lijst.Zoek(s) is not null).When(q => q.Soort is not null)
            .WithErrorCode("ongeldige-soort").WithMessage(SoortSchoolCodes.Lijst.KiesUitDeLijst());
        RuleFor(q => q.Regio).MaximumLength(Samenwerkingsverband.MaximaleLengteNaam).WithErrorCode("tekst-te-lang");
        RuleFor(q => q.Zoek).Must(z => z!.Trim().Length is > 0 and <= School.MaximaleLengteNaam).When(q => q.Zoek is not null)
            .WithErrorCode("ongeldige-zoekterm").WithMessage($"Zoek op een naam of vestiging van 1 tot {School.MaximaleLengteNaam} tekens.");
        RuleFor(q => q.Bestuur).Matches(Schoolbestuur.Nummerpatroon).When(q => q.Bestuur is not null)
            .WithErrorCode("ongeldig-bestuur").WithMessage("Het bestuur is een bevoegd-gezagnummer van vijf cijfers, zoals 41001.");
        RuleFor(q => q.Sorteer).MoetSorteringZijn(ScholenSortering.Alle);
        RuleFor(q => q.PageSize).MoetPaginagrootteZijn(ScholenCursor.MaximalePageSize);
    }
}
