using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers;

/// <summary>
/// Closing an account, the same for an SWV's account and one of the platform: never one's own (so there is always
/// someone left to manage the accounts), then no sign-in and every token it holds stops at once.
/// </summary>
internal static class AccountDeactivering
{
    public static async Task<Result<GebruikerDto>> DeactiveerAsync(
        this IApplicationDbContext db, Gebruiker gebruiker, IHuidigeGebruiker aanroeper, ITokenIntrekking tokens, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        ArgumentNullException.ThrowIfNull(aanroeper);
        ArgumentNullException.ThrowIfNull(tokens);
        if (gebruiker.Id.ToString() == aanroeper.Id)
        {
            return Fout.Conflict("eigen-account", "U kunt uw eigen account niet deactiveren; vraag een andere beheerder.");
        }

        gebruiker.Deactiveer();
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await tokens.TrekInVoorOnderwerpAsync(gebruiker.Id.ToString(), ct).ConfigureAwait(false);
        return GebruikerDto.Van(gebruiker);
    }
}
