using System.Collections.Concurrent;

namespace PassendOnderwijs.Infrastructure.Identiteit.TokenStatus;

/// <summary>What the database said about one token entry: whether it is valid, and whose it is.</summary>
internal sealed record TokenStatusInfo(bool Geldig, string? Applicatie, string? Onderwerp);

/// <summary>
/// The status of token entries as last read from the database, so a request with a known access token needs no
/// database lookup. It is only as good as the notifications that keep it current (<see cref="TokenStatusLuisteraar"/>),
/// so it answers only while the listener is connected and has recently proven that it is; otherwise every request
/// goes to the database. A revocation on this instance takes effect here at once, before its transaction commits:
/// the subject or application is marked, and its tokens are looked up in the database until the notification of
/// the committed revocation arrives (or the mark expires), so no request can cache the status from just before.
/// </summary>
internal sealed class TokenStatusCache(TokenStatusOpties opties, TimeProvider klok)
{
    private readonly ConcurrentDictionary<string, Regel> _regels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _ingetrokken = new(StringComparer.Ordinal);
    private int _aantalIngetrokken;
    private long _generatie;
    private long _bevestigd = long.MinValue;
    private volatile bool _verbonden;

    /// <summary>Changes whenever something may have made a cached status wrong. A status read from the database is
    /// kept only when the generation did not change while it was read.</summary>
    public long Generatie => Interlocked.Read(ref _generatie);

    /// <summary>Whether the cache may answer now: the listener is connected and heard from the database lately.</summary>
    public bool Vertrouwd =>
        _verbonden && klok.GetElapsedTime(Interlocked.Read(ref _bevestigd)) <= opties.MaximaleStilte;

    public int Aantal => _regels.Count;

    /// <summary>The cached validity of a token entry, or null when the database must be asked.</summary>
    public bool? Zoek(string tokenId)
    {
        if (!Vertrouwd || !_regels.TryGetValue(tokenId, out var regel) || regel.Verloopt <= klok.GetUtcNow() || IsIngetrokken(regel.Info))
        {
            return null;
        }

        return regel.Info.Geldig;
    }

    /// <summary>Keeps a status read from the database, unless anything changed since <paramref name="generatieVoorLezen"/>
    /// (the read may be older than that change), the cache is not trusted, or it is full.</summary>
    public void Bewaar(string tokenId, TokenStatusInfo info, long generatieVoorLezen, DateTimeOffset? tokenVerloopt)
    {
        if (!Vertrouwd || Generatie != generatieVoorLezen || IsIngetrokken(info) || _regels.Count >= opties.MaximaalAantal)
        {
            return;
        }

        var nu = klok.GetUtcNow();
        var verloopt = nu + opties.MaximaleLeeftijd;
        if (tokenVerloopt < verloopt)
        {
            verloopt = tokenVerloopt.Value;
        }

        _regels[tokenId] = new Regel(info, verloopt);

        // An invalidation bumps the generation before it removes; so either it removes what was just written, or
        // the generation has moved on by now and this write is taken back.
        if (Generatie != generatieVoorLezen)
        {
            _regels.TryRemove(tokenId, out _);
        }
    }

    /// <summary>A token entry changed status or was deleted (a notification): forget it, and lift the marks of its
    /// subject and application, because their revocation is committed and the database now says so.</summary>
    public void Vergeet(string tokenId, string? applicatie, string? onderwerp)
    {
        Interlocked.Increment(ref _generatie);
        _regels.TryRemove(tokenId, out _);
        HefOp(Sleutel("applicatie", applicatie));
        HefOp(Sleutel("onderwerp", onderwerp));
    }

    /// <summary>This instance is about to revoke every token of a subject or application (in a transaction that has
    /// not committed yet): from now on their tokens are looked up in the database.</summary>
    public void TrekIn(string? onderwerp = null, string? applicatie = null)
    {
        var tot = klok.GetUtcNow() + opties.MaximaleLeeftijd;
        foreach (var sleutel in new[] { Sleutel("onderwerp", onderwerp), Sleutel("applicatie", applicatie) })
        {
            if (sleutel is not null && _ingetrokken.TryAdd(sleutel, tot))
            {
                Interlocked.Increment(ref _aantalIngetrokken);
            }
        }

        Interlocked.Increment(ref _generatie);
        foreach (var (tokenId, regel) in _regels)
        {
            if (IsIngetrokken(regel.Info))
            {
                _regels.TryRemove(tokenId, out _);
            }
        }
    }

    /// <summary>The listener is connected and listening: start from nothing, since notifications may have been missed.</summary>
    public void Verbonden()
    {
        Leeg();
        Interlocked.Exchange(ref _bevestigd, klok.GetTimestamp());
        _verbonden = true;
    }

    /// <summary>The listener completed a round trip that began at <paramref name="begin"/>: every notification committed
    /// before then has been processed.</summary>
    public void Bevestig(long begin) => Interlocked.Exchange(ref _bevestigd, begin);

    /// <summary>The listener lost its connection: nothing cached can be trusted any more.</summary>
    public void Verbroken()
    {
        _verbonden = false;
        Leeg();
    }

    /// <summary>Drops expired statuses and marks, so memory holds only what can still be used.</summary>
    public void RuimOp()
    {
        var nu = klok.GetUtcNow();
        foreach (var (tokenId, regel) in _regels)
        {
            if (regel.Verloopt <= nu)
            {
                _regels.TryRemove(new KeyValuePair<string, Regel>(tokenId, regel));
            }
        }

        foreach (var (sleutel, tot) in _ingetrokken)
        {
            if (tot <= nu)
            {
                HefOp(sleutel);
            }
        }
    }

    private void Leeg()
    {
        Interlocked.Increment(ref _generatie);
        _regels.Clear();
    }

    private bool IsIngetrokken(TokenStatusInfo info) =>
        Volatile.Read(ref _aantalIngetrokken) > 0
        && (Bevat(Sleutel("onderwerp", info.Onderwerp)) || Bevat(Sleutel("applicatie", info.Applicatie)));

    private bool Bevat(string? sleutel) =>
        sleutel is not null && _ingetrokken.TryGetValue(sleutel, out var tot) && tot > klok.GetUtcNow();

    private void HefOp(string? sleutel)
    {
        if (sleutel is not null && _ingetrokken.TryRemove(sleutel, out _))
        {
            Interlocked.Decrement(ref _aantalIngetrokken);
        }
    }

    private static string? Sleutel(string soort, string? waarde) => string.IsNullOrEmpty(waarde) ? null : $"{soort}:{waarde}";

    private sealed record Regel(TokenStatusInfo Info, DateTimeOffset Verloopt);
}
