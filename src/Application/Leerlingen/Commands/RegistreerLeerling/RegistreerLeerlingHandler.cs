using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Begeleidingsaanbod;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Leerlingen.Commands.RegistreerLeerling;

public sealed class RegistreerLeerlingHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : InvoerHandler<RegistreerLeerlingCommand, Leerlingregistratie, LeerlingDto>
{
    protected override async ValueTask<Result<LeerlingDto>> Handle(
        RegistreerLeerlingCommand command, Leerlingregistratie invoer, CancellationToken cancellationToken)
    {
        var vestiging = invoer.Vestiging;
        var school = await db.Scholen.FirstOrDefaultAsync(s => s.Vestiging == vestiging, cancellationToken).ConfigureAwait(false);
        if (school is null)
        {
            return Fout.Ongeldig("school-onbekend", $"Er is geen school met vestiging {vestiging} in dit samenwerkingsverband.", "vestiging");
        }

        if (aanroeper.Rollen.Contains(Rol.SchoolMedewerker.Code()) && !aanroeper.Vestigingen.Contains(vestiging.Waarde))
        {
            return Fout.Verboden("niet-eigen-vestiging", "U kunt alleen leerlingen van uw eigen vestigingen registreren.");
        }

        var geregistreerd = Leerling.Registreer(
            school, invoer.Voornaam, invoer.Achternaam, invoer.Geboortedatum, invoer.Groep, NederlandseTijd.Vandaag(klok), invoer.Postcodegebied);
        var onbekend = await db.ExpertiseWaardelijsten.ControleerAsync(
            invoer.Ondersteuningsbehoeften.Expertises, OndersteuningsbehoeftenDto.ExpertisesVeld, cancellationToken).ConfigureAwait(false);
        if (!geregistreerd.Lukt(out var leerling) || onbekend.Count > 0)
        {
            return Result<LeerlingDto>.Mislukt([.. geregistreerd.Fouten, .. onbekend]);
        }

        leerling.LegOndersteuningsbehoeftenVast(invoer.Ondersteuningsbehoeften);
        db.Leerlingen.Add(leerling);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return LeerlingDto.Van(leerling);
    }
}
