using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Gebruikers;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ouders;

namespace PassendOnderwijs.Application.Ouders.Commands.NodigOuderUit;

public sealed class NodigOuderUitHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<NodigOuderUitCommand, Result<OuderuitnodigingDto>>
{
    public async ValueTask<Result<OuderuitnodigingDto>> Handle(NodigOuderUitCommand command, CancellationToken cancellationToken)
    {
        // The visibility filter keeps this to pupils of the caller's own vestigingen: another school's pupil is unknown.
        var leerling = await db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == command.LeerlingId, cancellationToken).ConfigureAwait(false);
        if (leerling is null)
        {
            return LeerlingFouten.Onbekend(command.LeerlingId);
        }

        var nu = klok.GetUtcNow();
        var door = aanroeper.AlsActor();
        var bestaand = EmailAdres.Parse(command.Verzoek.Email) is { IsGelukt: true } email
            ? await db.Gebruikers.FirstOrDefaultAsync(g => g.Email == email.Waarde, cancellationToken).ConfigureAwait(false)
            : null;
        if (bestaand is not null)
        {
            return await KoppelBestaandAsync(leerling.Id, bestaand, Vertegenwoordiging.LegVast(leerling, bestaand, door, nu), cancellationToken).ConfigureAwait(false);
        }

        var geregistreerd = Gebruiker.Registreer(command.Verzoek.Email, command.Verzoek.Naam, Rol.Ouder, leerling.Samenwerkingsverband.Waarde, []);
        if (!geregistreerd.Lukt(out var ouder))
        {
            return Result<OuderuitnodigingDto>.Mislukt(geregistreerd.Fouten);
        }

        var gekoppeld = Vertegenwoordiging.LegVast(leerling, ouder, door, nu);
        if (!gekoppeld.Lukt(out var link))
        {
            return Result<OuderuitnodigingDto>.Mislukt(gekoppeld.Fouten);
        }

        db.Vertegenwoordigingen.Add(link);

        // Saves account and link together; refuses an address used anywhere on the platform.
        var geopend = await db.OpenAsync(ouder, klok, cancellationToken).ConfigureAwait(false);
        return geopend.Lukt(out var account)
            ? new OuderuitnodigingDto(OuderDto.Van(link, ouder), account.Activatiecode, account.ActivatieGeldigTot)
            : Result<OuderuitnodigingDto>.Mislukt(geopend.Fouten);
    }

    private async Task<Result<OuderuitnodigingDto>> KoppelBestaandAsync(
        Guid leerlingId, Gebruiker ouder, Result<Vertegenwoordiging> gekoppeld, CancellationToken ct)
    {
        var ouderId = ouder.Id.Waarde;
        if (await db.Vertegenwoordigingen.AnyAsync(v => v.LeerlingId == leerlingId && v.OuderId == ouderId && v.BeeindigdOp == null, ct).ConfigureAwait(false))
        {
            return Fout.Conflict("ouder-al-gekoppeld", "Deze ouder is al gekoppeld aan de leerling.");
        }

        if (!gekoppeld.Lukt(out var link))
        {
            return Result<OuderuitnodigingDto>.Mislukt(gekoppeld.Fouten);
        }

        db.Vertegenwoordigingen.Add(link);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new OuderuitnodigingDto(OuderDto.Van(link, ouder), Activatiecode: null, ActivatieGeldigTot: null);
    }
}
