using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Leerlingen.Commands.RegistreerLeerling;

public sealed class RegistreerLeerlingValidator : AbstractValidator<RegistreerLeerlingCommand>
{
    public RegistreerLeerlingValidator()
    {
        RuleFor(c => c.Vestiging).MoetVoldoenAan(v => VestigingCode.Parse(v, "vestiging"));
        RuleFor(c => c).Custom((c, context) => context.VoegToe(OndersteuningsbehoeftenDto.Lees(c.Ondersteuningsbehoeften).Fouten));
    }
}
