using FluentValidation;
using PassendOnderwijs.Application.Common.Validatie;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Organisaties.Commands.RegistreerSchool;

public sealed class RegistreerSchoolValidator : AbstractValidator<RegistreerSchoolCommand>
{
    public RegistreerSchoolValidator()
    {
        RuleFor(c => c.Vestiging).MoetVoldoenAan(v => VestigingCode.Parse(v, "vestiging"));
        RuleFor(c => c.Soort).MoetVoldoenAan(s => SoortSchoolCodes.Lijst.Lees(s, "soort", "soort"));
        RuleFor(c => c.Schoolbestuur).NotEmpty().WithErrorCode("schoolbestuur-vereist").WithMessage("Geef het bevoegd-gezagnummer van het schoolbestuur.");
        RuleFor(c => c).Custom((c, context) => context.VoegToe(IvoVeldenDto.Lees(c.Ondersteuningsprofiel, "ondersteuningsprofiel").Fouten));
    }
}
