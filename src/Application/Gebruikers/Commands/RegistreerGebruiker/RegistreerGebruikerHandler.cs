using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.RegistreerGebruiker;

public sealed class RegistreerGebruikerHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<RegistreerGebruikerCommand, Result<NieuweGebruikerDto>>
{
    public async ValueTask<Result<NieuweGebruikerDto>> Handle(RegistreerGebruikerCommand command, CancellationToken cancellationToken)
    {
        var rol = RolCodes.VanCode(command.Rol)!.Value;
        if (rol == Rol.RegisterBeheerder)
        {
            // A national role is not the SWV's to give: any SWV administrator could otherwise make themselves
            // manager of every other SWV's entries in the register.
            return Fout.Verboden(
                "rol-niet-toekenbaar",
                "De rol register-beheerder is landelijk; een beheerder van een samenwerkingsverband kan die niet toekennen.");
        }

        var gebruiker = Gebruiker.Registreer(
            command.Email, command.Naam, rol, aanroeper.Samenwerkingsverband, command.Vestigingen ?? []);
        if (!gebruiker.IsGelukt)
        {
            return Result<NieuweGebruikerDto>.Mislukt(gebruiker.Fouten);
        }

        // E-mail addresses sign in, so they are unique across all samenwerkingsverbanden.
        var email = gebruiker.Waarde.Email;
        if (await db.Gebruikers.IgnoreQueryFilters().AnyAsync(g => g.Email == email, cancellationToken).ConfigureAwait(false))
        {
            return Fout.Conflict("emailadres-bestaat", "Er is al een account met dit e-mailadres.");
        }

        var nu = klok.GetUtcNow();
        var code = gebruiker.Waarde.MaakActivatiecode(nu);
        db.Gebruikers.Add(gebruiker.Waarde);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new NieuweGebruikerDto
        {
            Gebruiker = GebruikerDto.Van(gebruiker.Waarde),
            Activatiecode = code,
            ActivatieGeldigTot = gebruiker.Waarde.ActivatieGeldigTot!.Value,
        };
    }
}
