using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Arrangementen;

namespace PassendOnderwijs.Application.Arrangementen.Commands.EvalueerArrangement;

public sealed class EvalueerArrangementValidator : AbstractValidator<EvalueerArrangementCommand>
{
    public EvalueerArrangementValidator()
    {
        RuleFor(c => c.Datum).NotNull().WithErrorCode("datum-vereist").WithMessage("Geef de datum van de evaluatie.");
        RuleFor(c => c.Vervolg).MoetVoldoenAan(v => VervolgCodes.Lijst.Lees(v, "vervolg", "vervolg"));
        RuleFor(c => c.Doelen).NotNull().WithErrorCode("doelen-vereist").WithMessage("Geef per doel aan of het behaald is.");
        RuleForEach(c => c.Doelen).ChildRules(d =>
        {
            d.RuleFor(r => r).NotNull().WithErrorCode("doel-vereist").WithMessage("Geef per doel aan of het behaald is.");
            d.RuleFor(r => r!.Doel).NotNull().WithErrorCode("doel-vereist").WithMessage("Noem het nummer van het doel.").When(r => r is not null);
            d.RuleFor(r => r!.Behaald).NotNull().WithErrorCode("behaald-vereist").WithMessage("Geef aan of het doel behaald is.").When(r => r is not null);
        });
    }
}
