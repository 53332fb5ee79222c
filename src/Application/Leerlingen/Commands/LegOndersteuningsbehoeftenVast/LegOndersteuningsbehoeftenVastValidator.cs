using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;

namespace PassendOnderwijs.Application.Leerlingen.Commands.LegOndersteuningsbehoeftenVast;

public sealed class LegOndersteuningsbehoeftenVastValidator : AbstractValidator<LegOndersteuningsbehoeftenVastCommand>
{
    public LegOndersteuningsbehoeftenVastValidator() =>
        RuleFor(c => c).Custom((c, context) => context.VoegToe(OndersteuningsbehoeftenDto.Lees(c.Ondersteuningsbehoeften).Fouten));
}
