using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Beleid;

/// <summary>
/// Loads the samenwerkingsverband's policy in force on a day, for a use case to pass into the domain: the aggregates
/// take the terms as values and never read the store themselves. The tenant filter selects the caller's own SWV.
/// </summary>
internal static class BeleidInWerking
{
    public static async Task<Beleidswaarden> BeleidOpAsync(this IApplicationDbContext db, SwvCode samenwerkingsverband, DateOnly datum, CancellationToken ct)
    {
        var instellingen = await db.Beleidsinstellingen.AsNoTracking().FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return Beleidsinstellingen.InWerkingOp(instellingen, samenwerkingsverband, datum);
    }

    /// <summary>
    /// The caller's settings, or empty ones for their samenwerkingsverband (version 0, not stored) while it set nothing:
    /// the access rules admit only SWV staff, whose token always names their samenwerkingsverband.
    /// </summary>
    public static async Task<Beleidsinstellingen> BeleidsinstellingenAsync(
        this IApplicationDbContext db, IHuidigeGebruiker aanroeper, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(aanroeper);
        return await db.Beleidsinstellingen.FirstOrDefaultAsync(ct).ConfigureAwait(false) is { } instellingen
            ? instellingen
            : Beleidsinstellingen.Nieuw(aanroeper.EigenSamenwerkingsverband());
    }

    /// <summary>
    /// The samenwerkingsverband of a caller whom the access rule admitted as SWV staff: their token always names it,
    /// so its absence is a bug in the access rule, not an outcome.
    /// </summary>
    public static SwvCode EigenSamenwerkingsverband(this IHuidigeGebruiker aanroeper) =>
        SwvCode.Parse(aanroeper.Samenwerkingsverband).Lukt(out var swv)
            ? swv
            : throw new InvalidOperationException("An SWV-only use case was reached by a caller without a samenwerkingsverband.");

    /// <summary>The arrangement's terms in force on a day; they do not depend on the sector, so no SWV code is needed for the defaults.</summary>
    public static async Task<Arrangementtermijnen> ArrangementtermijnenOpAsync(this IApplicationDbContext db, DateOnly datum, CancellationToken ct) =>
        await db.Beleidsinstellingen.AsNoTracking().FirstOrDefaultAsync(ct).ConfigureAwait(false) is { } instellingen
            ? instellingen.InWerkingOp(datum).Arrangementtermijnen
            : Arrangementtermijnen.Standaard;

    /// <summary>
    /// The small-cell drempel in force on a day: figures shown outside the bureau hide counts below it. The default
    /// does not depend on the sector, so no SWV code is needed.
    /// </summary>
    public static async Task<int> KleineAantallenDrempelOpAsync(this IApplicationDbContext db, DateOnly datum, CancellationToken ct) =>
        await db.Beleidsinstellingen.AsNoTracking().FirstOrDefaultAsync(ct).ConfigureAwait(false) is { } instellingen
            ? instellingen.InWerkingOp(datum).KleineAantallenDrempel
            : Beleidswaarden.StandaardKleineAantallenDrempel;
}
