using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Application.Platform;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.MeldAan;

public sealed class MeldAanHandler(IApplicationDbContext db, IBeurten beurten, IWachtwoordHasher hasher, TimeProvider klok)
    : InvoerHandler<MeldAanCommand, Inloggegevens, AanmeldingDto>
{
    // Checked when the account does not exist, so an unknown address takes as long as a wrong password and the
    // response time does not reveal which addresses have an account. Made once, from a random value nobody knows.
    private static string? _onbestaandAccountHash;

    protected override async ValueTask<Result<AanmeldingDto>> Handle(MeldAanCommand command, Inloggegevens invoer, CancellationToken cancellationToken)
    {
        Gebruiker? gebruiker = null;
        if (EmailAdres.Parse(invoer.Email).Lukt(out var email))
        {
            // Before the account is read, so this attempt sees every earlier attempt's count.
            await beurten.WachtOpBeurtAsync(Beurtsoort.Aanmelden, email.Waarde.ToUpperInvariant(), cancellationToken).ConfigureAwait(false);

            // Signing in happens before anyone is known, so across all samenwerkingsverbanden.
            gebruiker = await db.Gebruikers.IgnoreQueryFilters().SingleOrDefaultAsync(g => g.Email == email, cancellationToken).ConfigureAwait(false);
        }

        _onbestaandAccountHash ??= hasher.Hash(Guid.NewGuid().ToString());
        if (gebruiker is null)
        {
            _ = hasher.Klopt(invoer.Wachtwoord, _onbestaandAccountHash);
            return new AanmeldingDto(AanmeldUitkomst.Mislukt, Gebruiker: null);
        }

        // Always one hash check, also for an account that cannot sign in, so timing reveals nothing about it.
        var nu = klok.GetUtcNow();
        var kanAanmelden = gebruiker.KanAanmelden(nu);
        var hash = kanAanmelden && gebruiker.WachtwoordHash is { } eigen ? eigen : _onbestaandAccountHash;
        var klopt = hasher.Klopt(invoer.Wachtwoord, hash) && kanAanmelden;
        var uitkomst = gebruiker.RegistreerAanmelding(klopt, nu);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        // Said only to whoever knows the password, so it reveals nothing about the account to anyone else.
        if (uitkomst == AanmeldUitkomst.Gelukt
            && await TenantOpslag.IsOpgeschortAsync(db, gebruiker.Samenwerkingsverband?.Waarde, cancellationToken).ConfigureAwait(false))
        {
            return new AanmeldingDto(AanmeldUitkomst.Opgeschort, Gebruiker: null);
        }

        return new AanmeldingDto(uitkomst, uitkomst == AanmeldUitkomst.Gelukt ? AangemeldeGebruikerDto.Van(gebruiker) : null);
    }
}
