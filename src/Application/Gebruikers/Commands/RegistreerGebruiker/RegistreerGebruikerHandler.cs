using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.RegistreerGebruiker;

public sealed class RegistreerGebruikerHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<RegistreerGebruikerCommand, NieuweGebruiker, NieuweGebruikerDto>
{
    protected override async ValueTask<Result<NieuweGebruikerDto>> Handle(
        RegistreerGebruikerCommand command, NieuweGebruiker invoer, CancellationToken cancellationToken)
    {
        if (invoer.Rol.HoortBijGeenSamenwerkingsverband())
        {
            // A national role is not the SWV's to give: any SWV administrator could otherwise make themselves
            // manager of every other SWV's entries in the register.
            return Fout.Verboden(
                "rol-niet-toekenbaar",
                $"De rol '{RolCodes.Lijst.LabelInZin(invoer.Rol)}' hoort bij het platform; alleen een {RolCodes.Lijst.LabelInZin(Rol.PlatformBeheerder)} kent die toe.");
        }

        if (invoer.Rol == Rol.Ouder)
        {
            // An ouder's account is only worth something linked to their own child, and only the child's school knows
            // who the parents are: it invites them from the pupil.
            return Fout.Ongeldig(
                "ouder-via-school", "Een account voor een ouder of verzorger maakt de school aan bij de leerling (Ouders uitnodigen).", "rol");
        }

        var geregistreerd = Gebruiker.Registreer(invoer.Email, invoer.Naam, invoer.Rol, aanroeper.Samenwerkingsverband, invoer.Vestigingen);
        if (!geregistreerd.Lukt(out var gebruiker))
        {
            return Result<NieuweGebruikerDto>.Mislukt(geregistreerd.Fouten);
        }

        return await db.OpenAsync(gebruiker, klok, cancellationToken).ConfigureAwait(false);
    }
}
