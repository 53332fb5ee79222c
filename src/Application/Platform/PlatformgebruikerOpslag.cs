using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Platform;

/// <summary>
/// The accounts of the platform itself (platform- and register-beheerders), which belong to no samenwerkingsverband:
/// every tenant filter hides them, so these reads say they look past it, and only at accounts without a tenant.
/// </summary>
internal static class PlatformgebruikerOpslag
{
    public const string Doel = "Beheer van de accounts van het platform";

    public static IQueryable<Gebruiker> Platformgebruikers(this IApplicationDbContext db) =>
        db.Gebruikers.IgnoreQueryFilters().Where(g => g.Samenwerkingsverband == null);

    public static async Task<Result<Gebruiker>> PlatformgebruikerAsync(this IApplicationDbContext db, Guid id, CancellationToken ct)
    {
        var gebruikerId = new GebruikerId(id);
        return await db.Platformgebruikers().SingleOrDefaultAsync(g => g.Id == gebruikerId, ct).ConfigureAwait(false) is { } gebruiker
            ? gebruiker
            : Fout.NietGevonden("gebruiker-onbekend", "Er is geen account van het platform met dit id.");
    }
}
