using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Commands.LegOndersteuningsprofielVast;

public sealed class LegOndersteuningsprofielVastValidator : AbstractValidator<LegOndersteuningsprofielVastCommand>
{
    public LegOndersteuningsprofielVastValidator()
    {
        RuleFor(c => c.Vestiging).MoetVoldoenAan(v => VestigingCode.Parse(v, "vestiging"));
        RuleFor(c => c.Ondersteuningsprofiel).NotNull().WithErrorCode("ondersteuningsprofiel-vereist").WithMessage("Beschrijf het ondersteuningsprofiel op de vijf velden.");
        RuleFor(c => c).Custom((c, context) => context.VoegToe(IvoVeldenDto.Lees(c.Ondersteuningsprofiel, "ondersteuningsprofiel").Fouten));
    }
}
