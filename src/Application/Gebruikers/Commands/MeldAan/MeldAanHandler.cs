using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers.Commands.MeldAan;

public sealed class MeldAanHandler(IApplicationDbContext db, IBeurten beurten, IWachtwoordHasher hasher, TimeProvider klok)
    : ICommandHandler<MeldAanCommand, Result<AanmeldingDto>>
{
    // Checked when the account does not exist, so an unknown address takes as long as a wrong password and the
    // response time does not reveal which addresses have an account. Made once, from a random value nobody knows.
    private static string? _onbestaandAccountHash;

    public async ValueTask<Result<AanmeldingDto>> Handle(MeldAanCommand command, CancellationToken cancellationToken)
    {
        var email = EmailAdres.Parse(command.Email);
        if (email.IsGelukt)
        {
            // Before the account is read, so this attempt sees every earlier attempt's count.
            await beurten.WachtOpBeurtAsync(Beurtsoort.Aanmelden, email.Waarde.Waarde.ToUpperInvariant(), cancellationToken).ConfigureAwait(false);
        }

        var gebruiker = email.IsGelukt
            // Signing in happens before anyone is known, so across all samenwerkingsverbanden.
            ? await db.Gebruikers.IgnoreQueryFilters().SingleOrDefaultAsync(g => g.Email == email.Waarde, cancellationToken).ConfigureAwait(false)
            : null;
        if (gebruiker is null)
        {
            _onbestaandAccountHash ??= hasher.Hash(Guid.NewGuid().ToString());
            _ = hasher.Klopt(command.Wachtwoord!, _onbestaandAccountHash);
            return new AanmeldingDto(AanmeldUitkomst.Mislukt, Gebruiker: null);
        }

        // Always one hash check, also for an account that cannot sign in, so timing reveals nothing about it.
        var nu = klok.GetUtcNow();
        _onbestaandAccountHash ??= hasher.Hash(Guid.NewGuid().ToString());
        var kanAanmelden = gebruiker.KanAanmelden(nu);
        var klopt = hasher.Klopt(command.Wachtwoord!, kanAanmelden ? gebruiker.WachtwoordHash! : _onbestaandAccountHash) && kanAanmelden;
        var uitkomst = gebruiker.RegistreerAanmelding(klopt, nu);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new AanmeldingDto(uitkomst, uitkomst == AanmeldUitkomst.Gelukt ? AangemeldeGebruikerDto.Van(gebruiker) : null);
    }
}
