using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Arrangementen;

/// <summary>
/// Where a page of the arrangementen list ends (the last id; UUID v7, so creation order) and the change number
/// read before the first page, which becomes the change feed token at the end: a change made while a client pages
/// through reaches it through the feed.
/// </summary>
internal sealed record ArrangementCursor(Guid Na, long Vanaf) : ISynctokenInhoud<ArrangementCursor>
{
    public static Tokensoort Soort => Tokensoort.ArrangementenCursor;

    public static ArrangementCursor? Lees(ref TokenLezer lezer) =>
        lezer.Id(out var na) && lezer.Geheel(out var vanaf) ? new ArrangementCursor(na, vanaf) : null;

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Id(Na).Geheel(Vanaf);
    }
}

/// <summary>
/// The change feed's token: the highest change number the client has seen. Arrangementen are never deleted (an
/// ended one keeps status "beeindigd"), so there are no tombstones to expire and a token stays valid.
/// </summary>
internal sealed record ArrangementToken(long Vanaf) : ISynctokenInhoud<ArrangementToken>
{
    public static Tokensoort Soort => Tokensoort.ArrangementenWijzigingen;

    public static ArrangementToken? Lees(ref TokenLezer lezer) => lezer.Geheel(out var vanaf) ? new ArrangementToken(vanaf) : null;

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Geheel(Vanaf);
    }
}

internal static class ArrangementSync
{
    public const int StandaardPageSize = 25;
    public const int MaximalePageSize = 100;

    /// <summary>
    /// The highest change number committed so far among what the caller may see. The store numbers changes in commit
    /// order (see the aanbieders' Wijzigingsvolgorde), so anything committed after this read gets a higher number and
    /// reaches the caller through the feed; other tenants' numbers are not the caller's business.
    /// </summary>
    public static async Task<long> HoogsteArrangementVersieAsync(this IApplicationDbContext db, CancellationToken ct) =>
        await db.Arrangementen.MaxAsync(a => (long?)a.Versie, ct).ConfigureAwait(false) ?? 0;

    /// <summary>
    /// The highest change number of all arrangementen, across tenants and vestigingen: the one sequence every token's
    /// number came from. Only compared with, never shown, so it tells a caller nothing about others. The caller's own
    /// highest would not do: an arrangement can leave what a caller sees (its pupil moves), and a genuine token would
    /// then look as if it came from the future.
    /// </summary>
    public static async Task<long> HoogsteUitgegevenVersieAsync(this IApplicationDbContext db, CancellationToken ct) =>
        await db.Arrangementen.IgnoreQueryFilters().MaxAsync(a => (long?)a.Versie, ct).ConfigureAwait(false) ?? 0;
}
