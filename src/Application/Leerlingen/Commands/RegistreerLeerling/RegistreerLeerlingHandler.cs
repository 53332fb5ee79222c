using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Leerlingen.Commands.RegistreerLeerling;

public sealed class RegistreerLeerlingHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<RegistreerLeerlingCommand, Result<LeerlingDto>>
{
    public async ValueTask<Result<LeerlingDto>> Handle(RegistreerLeerlingCommand command, CancellationToken cancellationToken)
    {
        var vestiging = VestigingCode.Parse(command.Vestiging).Waarde;
        var school = await db.Scholen.FirstOrDefaultAsync(s => s.Id == vestiging, cancellationToken).ConfigureAwait(false);
        if (school is null)
        {
            return Fout.Ongeldig("school-onbekend", $"Er is geen school met vestiging {vestiging} in dit samenwerkingsverband.", "vestiging");
        }

        if (aanroeper.Rollen.Contains(Rol.SchoolMedewerker.Code()) && !aanroeper.Vestigingen.Contains(vestiging.Waarde))
        {
            return Fout.Verboden("niet-eigen-vestiging", "Je kunt alleen leerlingen van je eigen vestigingen registreren.");
        }

        var leerling = Leerling.Registreer(school, command.Voornaam, command.Achternaam, command.Geboortedatum, command.Groep, NederlandseTijd.Vandaag(klok));
        if (!leerling.IsGelukt)
        {
            return Result<LeerlingDto>.Mislukt(leerling.Fouten);
        }

        leerling.Waarde.LegOndersteuningsbehoeftenVast(OndersteuningsbehoeftenDto.Lees(command.Ondersteuningsbehoeften).Waarde);
        db.Leerlingen.Add(leerling.Waarde);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return LeerlingDto.Van(leerling.Waarde);
    }
}
