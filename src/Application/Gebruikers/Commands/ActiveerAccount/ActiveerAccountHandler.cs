using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Platform;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.ActiveerAccount;

public sealed class ActiveerAccountHandler(IApplicationDbContext db, IWachtwoordHasher hasher, TimeProvider klok, ITokenIntrekking tokens)
    : InvoerHandler<ActiveerAccountCommand, Activering, GeactiveerdAccount>
{
    protected override async ValueTask<Result<GeactiveerdAccount>> Handle(ActiveerAccountCommand command, Activering invoer, CancellationToken cancellationToken)
    {
        // Nobody is signed in yet, so across all samenwerkingsverbanden; the code's hash identifies the account.
        var hash = Gebruiker.HashVan(invoer.Activatiecode);
        var gebruiker = await db.Gebruikers.IgnoreQueryFilters()
            .SingleOrDefaultAsync(g => g.ActivatiecodeHash == hash, cancellationToken).ConfigureAwait(false);
        if (gebruiker is null)
        {
            return Fout.RegelGeschonden("activatiecode-ongeldig", "Deze activeringscode is onbekend, al gebruikt of verlopen. Vraag uw beheerder om een nieuwe.");
        }

        if (await TenantOpslag.IsOpgeschortAsync(db, gebruiker.Samenwerkingsverband?.Waarde, cancellationToken).ConfigureAwait(false))
        {
            return Fout.RegelGeschonden("samenwerkingsverband-opgeschort", TenantOpslag.OpgeschortMelding);
        }

        var nieuwWachtwoord = gebruiker.Status == Accountstatus.Actief;
        var uitkomst = gebruiker.Activeer(invoer.Activatiecode, hasher.Hash(invoer.Wachtwoord), klok.GetUtcNow());
        if (!uitkomst.IsGelukt)
        {
            return Result<GeactiveerdAccount>.Mislukt(uitkomst.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (nieuwWachtwoord)
        {
            // A new password after a forgotten (or leaked) one: whatever was signed in with the old one stops too.
            await tokens.TrekInVoorOnderwerpAsync(gebruiker.Id.ToString(), cancellationToken).ConfigureAwait(false);
        }

        return new GeactiveerdAccount(gebruiker.Id.Waarde, gebruiker.Naam, gebruiker.Samenwerkingsverband?.Waarde);
    }
}
