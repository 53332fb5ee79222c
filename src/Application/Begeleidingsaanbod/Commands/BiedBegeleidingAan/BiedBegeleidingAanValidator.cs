using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Begeleidingsaanbod;

namespace PassendOnderwijs.Application.Begeleidingsaanbod.Commands.BiedBegeleidingAan;

public sealed class BiedBegeleidingAanValidator : AbstractValidator<BiedBegeleidingAanCommand>
{
    public const int MaximaleCapaciteit = 100_000;

    public BiedBegeleidingAanValidator()
    {
        RuleFor(c => c.Code).MoetVoldoenAan(c => ObaCode.Parse(c));
        RuleFor(c => c).Custom((c, context) => context.VoegToe(
            AanbiederInvoer.Expertise(c.Expertise).Fouten
                .Concat(AanbiederInvoer.Periode(c.Leerjaar, c.Begindatum, c.Einddatum).Fouten)
                .Concat(AanbiederInvoer.Werkgebied(c.Werkgebied).Fouten)));
        RuleFor(c => c.Capaciteit).InclusiveBetween(0, MaximaleCapaciteit)
            .WithErrorCode("ongeldige-capaciteit").WithMessage($"De capaciteit ligt tussen 0 en {MaximaleCapaciteit}.");
    }
}
