using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Gebruikers.Commands.ActiveerAccount;
using PassendOnderwijs.Application.Platform;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.KoppelExterneIdentiteit;

public sealed class KoppelExterneIdentiteitHandler(IApplicationDbContext db, TimeProvider klok)
    : ICommandHandler<KoppelExterneIdentiteitCommand, Result<GeactiveerdAccount>>
{
    public async ValueTask<Result<GeactiveerdAccount>> Handle(KoppelExterneIdentiteitCommand command, CancellationToken cancellationToken)
    {
        // Nobody is signed in yet, so across all samenwerkingsverbanden; the code's hash identifies the account.
        var hash = Gebruiker.HashVan(command.Activatiecode);
        var gebruiker = await db.Gebruikers.IgnoreQueryFilters()
            .SingleOrDefaultAsync(g => g.ActivatiecodeHash == hash, cancellationToken).ConfigureAwait(false);
        if (gebruiker is null)
        {
            return Fout.RegelGeschonden("activatiecode-ongeldig", "Deze activeringscode is onbekend, al gebruikt of verlopen. Vraag uw beheerder om een nieuwe.");
        }

        // Checked after the code, so only whoever holds a valid code learns what the account is.
        if (!command.ToegestaneRollen.Contains(gebruiker.Rol))
        {
            return Fout.RegelGeschonden(
                "externe-inlog-niet-voor-rol",
                "Met dit account logt u in met een wachtwoord. Kies op de pagina Account activeren een wachtwoord met uw code.");
        }

        if (await TenantOpslag.IsOpgeschortAsync(db, gebruiker.Samenwerkingsverband?.Waarde, cancellationToken).ConfigureAwait(false))
        {
            return Fout.RegelGeschonden("samenwerkingsverband-opgeschort", TenantOpslag.OpgeschortMelding);
        }

        var identiteit = command.Identiteit;
        var alGekoppeld = await db.Gebruikers.IgnoreQueryFilters()
            .AnyAsync(
                g => g.Id != gebruiker.Id && g.ExterneIdentiteit!.Uitgever == identiteit.Uitgever && g.ExterneIdentiteit.Onderwerp == identiteit.Onderwerp,
                cancellationToken)
            .ConfigureAwait(false);
        if (alGekoppeld)
        {
            return Fout.Conflict(
                "externe-identiteit-al-gekoppeld",
                "U logt hiermee al in op een ander account. Eén inlog hoort bij één account: kies voor dit account een wachtwoord met uw code.");
        }

        var uitkomst = gebruiker.KoppelExterneIdentiteit(command.Activatiecode, identiteit, klok.GetUtcNow());
        if (!uitkomst.IsGelukt)
        {
            return Result<GeactiveerdAccount>.Mislukt(uitkomst.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new GeactiveerdAccount(gebruiker.Id.Waarde, gebruiker.Naam, gebruiker.Samenwerkingsverband?.Waarde);
    }
}
