using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Gebruikers;

/// <summary>
/// Opens a registered account, the same for every way one is made (an SWV's beheerder, the platform's first beheerder
/// of a tenant, the first platform-beheerder): its e-mail address must be unique across all samenwerkingsverbanden,
/// because it signs in, and it gets a one-time activation code that is shown this once.
/// </summary>
internal static class NieuwAccount
{
    public static async Task<Result<NieuweGebruikerDto>> OpenAsync(
        this IApplicationDbContext db, Gebruiker gebruiker, TimeProvider klok, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        var email = gebruiker.Email;
        if (await db.Gebruikers.IgnoreQueryFilters().AnyAsync(g => g.Email == email, ct).ConfigureAwait(false))
        {
            return Fout.Conflict("emailadres-bestaat", "Er is al een account met dit e-mailadres.");
        }

        var code = gebruiker.MaakActivatiecode(klok.GetUtcNow());
        db.Gebruikers.Add(gebruiker);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return MetCode(gebruiker, code);
    }

    /// <summary>A new code for an account that waits for activation (the first was lost or expired), shown this once.</summary>
    public static async Task<Result<NieuweGebruikerDto>> VernieuwCodeAsync(
        this IApplicationDbContext db, Gebruiker gebruiker, TimeProvider klok, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        var vernieuwd = gebruiker.VernieuwActivatiecode(klok.GetUtcNow());
        if (!vernieuwd.Lukt(out var code))
        {
            return Result<NieuweGebruikerDto>.Mislukt(vernieuwd.Fouten);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return MetCode(gebruiker, code);
    }

    private static NieuweGebruikerDto MetCode(Gebruiker gebruiker, string code) => new()
    {
        Gebruiker = GebruikerDto.Van(gebruiker),
        Activatiecode = code,
        ActivatieGeldigTot = gebruiker.ActivatieGeldigTot ?? throw new InvalidOperationException("A new activation code always has a validity."),
    };
}
