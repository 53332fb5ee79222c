using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Synctokens;

/// <summary>The page sizes every full copy and change feed offers.</summary>
public static class Syncfeed
{
    public const int StandaardPageSize = 25;
    public const int MaximalePageSize = 100;
}

/// <summary>
/// The protocol a LAS keeps a copy with, the same for every feed: a full copy in pages by id whose last page carries a
/// token, then only what changed since, oldest change first. The handler chooses the rows (its filters, what the
/// caller may see) and what an item shows; this keeps the order, the tokens and their checks.
/// </summary>
internal static class Syncfeed<TFeed, T>
    where TFeed : ISyncfeed<T>
    where T : class, IGenummerd
{
    /// <summary>
    /// One page of the full copy, as every feed answers it: the rows after the cursor in id order, read as
    /// <paramref name="rij"/> (only the columns an item shows) and made into items by <paramref name="alsItems"/>
    /// (e.g. with their pupils); a cursor to the next page, or on the last page the token for the change feed.
    /// </summary>
    public static async Task<Result<Syncpagina<TItem>>> VolledigAsync<TRij, TItem>(
        string? cursor,
        int? pageSize,
        IQueryable<T> selectie,
        Expression<Func<T, TRij>> rij,
        Func<IReadOnlyList<TRij>, Task<List<TItem>>> alsItems,
        IApplicationDbContext db,
        ISynctokens tokens,
        CancellationToken ct)
        where TRij : IGenummerd
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(alsItems);
        var begin = await BeginAsync(cursor, db, tokens, ct).ConfigureAwait(false);
        if (!begin.Lukt(out var start))
        {
            return Result<Syncpagina<TItem>>.Mislukt(begin.Fouten);
        }

        var grootte = pageSize ?? Syncfeed.StandaardPageSize;
        var rijen = await Pagina(selectie, start, grootte).Select(rij).ToListAsync(ct).ConfigureAwait(false);
        var pagina = rijen.Take(grootte).ToList();
        var laatste = rijen.Count == pagina.Count;
        return new Syncpagina<TItem>(
            await alsItems(pagina).ConfigureAwait(false),
            laatste ? null : await tokens.MaakAsync(start with { Na = pagina[^1].Id }, ct).ConfigureAwait(false),
            laatste ? await tokens.MaakAsync(new Feedtoken<TFeed>(start.Vanaf), ct).ConfigureAwait(false) : null);
    }

    /// <summary>
    /// One answer of the change feed, as every feed answers it: what changed after the token, oldest change first,
    /// read and made into items like a page of the full copy, with the token to continue from.
    /// </summary>
    public static async Task<Result<Syncwijzigingen<TItem>>> WijzigingenAsync<TRij, TItem>(
        string? token,
        int? pageSize,
        IQueryable<T> selectie,
        Expression<Func<T, TRij>> rij,
        Func<IReadOnlyList<TRij>, Task<List<TItem>>> alsItems,
        IApplicationDbContext db,
        ISynctokens tokens,
        CancellationToken ct)
        where TRij : IGenummerd
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(alsItems);
        var gelezen = await LeesTokenAsync(token, db, tokens, ct).ConfigureAwait(false);
        if (!gelezen.Lukt(out var vanaf))
        {
            return Result<Syncwijzigingen<TItem>>.Mislukt(gelezen.Fouten);
        }

        var grootte = pageSize ?? Syncfeed.StandaardPageSize;
        var rijen = await Wijzigingen(selectie, vanaf, grootte).Select(rij).ToListAsync(ct).ConfigureAwait(false);
        var pagina = rijen.Take(grootte).ToList();
        return new Syncwijzigingen<TItem>(
            await alsItems(pagina).ConfigureAwait(false),
            await tokens.MaakAsync(Na(vanaf, pagina.Select(r => r.Versie)), ct).ConfigureAwait(false),
            rijen.Count > grootte);
    }

    /// <summary>Where a page of the full copy starts: after the cursor's id, or at the start with the change number of now.</summary>
    public static async Task<Result<Synccursor<TFeed>>> BeginAsync(string? cursor, IApplicationDbContext db, ISynctokens tokens, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (cursor is null)
        {
            return new Synccursor<TFeed>(Guid.Empty, await HoogsteZichtbareVersieAsync(db, ct).ConfigureAwait(false));
        }

        if (await tokens.LeesAsync<Synccursor<TFeed>>(cursor, ct).ConfigureAwait(false) is not { } gelezen)
        {
            return SynctokenFouten.Cursor();
        }

        return await IsVoorbijAsync(gelezen.Vanaf, db, ct).ConfigureAwait(false)
            ? SynctokenFouten.CursorVoorbijLaatsteWijziging()
            : gelezen;
    }

    /// <summary>The rows of the page in id order, one more than fits to tell whether another page follows.</summary>
    public static IQueryable<T> Pagina(IQueryable<T> selectie, Synccursor<TFeed> cursor, int grootte)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        return selectie.Where(r => r.Id.CompareTo(cursor.Na) > 0).OrderBy(r => r.Id).Take(grootte + 1);
    }

    /// <summary>The token the client sent, if the API gave it for this feed and it points no further than the last change.</summary>
    public static async Task<Result<Feedtoken<TFeed>>> LeesTokenAsync(string? token, IApplicationDbContext db, ISynctokens tokens, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (await tokens.LeesAsync<Feedtoken<TFeed>>(token, ct).ConfigureAwait(false) is not { } gelezen)
        {
            return SynctokenFouten.Token(TFeed.VolledigePad);
        }

        return await IsVoorbijAsync(gelezen.Vanaf, db, ct).ConfigureAwait(false)
            ? SynctokenFouten.TokenVoorbijLaatsteWijziging(TFeed.VolledigePad)
            : gelezen;
    }

    /// <summary>What changed after the token, oldest change first, one more than fits to tell whether more follow.</summary>
    public static IQueryable<T> Wijzigingen(IQueryable<T> selectie, Feedtoken<TFeed> token, int grootte)
    {
        ArgumentNullException.ThrowIfNull(token);
        return selectie.Where(r => r.Versie > token.Vanaf).OrderBy(r => r.Versie).Take(grootte + 1);
    }

    /// <summary>The token to continue from after a page of the feed: its last change, or where the client was when nothing changed.</summary>
    public static Feedtoken<TFeed> Na(Feedtoken<TFeed> token, IEnumerable<long> versies)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new(versies.DefaultIfEmpty(token.Vanaf).Max());
    }

    /// <summary>
    /// Whether a cursor's or token's change number points past what this database state can answer for.
    /// <para>On the primary: past the highest number of all rows (see <see cref="HoogsteUitgegevenVersieAsync"/>), which
    /// only a restored backup's lost future or another installation's keys can do.</para>
    /// <para>On a replica, an earlier state of the primary, it must also hold every commit up to that number, or a page
    /// would show a row as it was before a change the token already counts as seen, and the feed would never bring that
    /// change (a skip). It does when it holds a row of the caller's own with a number at least the token's: the trigger
    /// numbers a row under a lock per samenwerkingsverband (national tables: one lock) held until commit, so within a
    /// tenant number order is commit order; and a replica replays commits in commit order, so it holds a prefix of each
    /// tenant's commits. The highest number of all rows would not do here: another tenant may have committed a higher
    /// number before this tenant's lower one reached the replica. A number the replica cannot vouch for is refused here
    /// and asked again at the primary (<c>ReplicaBehaviour</c>), which has the last word; rows that left the caller's
    /// sight make that happen now and then too, never wrongly.</para>
    /// <para>Past the check, a replica answers like the primary would have at that earlier moment: the changes after
    /// the token it holds are a prefix of the primary's, in the same order, so a LAS that alternates between a lagging
    /// replica and the primary skips and repeats nothing; it sees a change one poll later at most.</para>
    /// </summary>
    private static async Task<bool> IsVoorbijAsync(long vanaf, IApplicationDbContext db, CancellationToken ct) =>
        vanaf > (db is ILeesDbContext { OpReplica: true }
            ? await HoogsteZichtbareVersieAsync(db, ct).ConfigureAwait(false)
            : await HoogsteUitgegevenVersieAsync(db, ct).ConfigureAwait(false));

    /// <summary>
    /// The highest change number committed so far among what the caller may see. The store numbers changes in commit
    /// order, so anything committed after this read gets a higher number and reaches the caller through the feed;
    /// other tenants' numbers are not the caller's business.
    /// </summary>
    private static async Task<long> HoogsteZichtbareVersieAsync(IApplicationDbContext db, CancellationToken ct) =>
        await TFeed.Zichtbaar(db).MaxAsync(r => (long?)r.Versie, ct).ConfigureAwait(false) ?? 0;

    /// <summary>
    /// The highest change number of all rows, across tenants and vestigingen: the one sequence every token's number
    /// came from. Only compared with, never shown, so it tells a caller nothing about others. The caller's own highest
    /// would not do: a row can leave what a caller sees (its pupil moves), and a genuine token would then look as if it
    /// came from the future.
    /// </summary>
    private static async Task<long> HoogsteUitgegevenVersieAsync(IApplicationDbContext db, CancellationToken ct) =>
        await TFeed.Zichtbaar(db).IgnoreQueryFilters().MaxAsync(r => (long?)r.Versie, ct).ConfigureAwait(false) ?? 0;
}
