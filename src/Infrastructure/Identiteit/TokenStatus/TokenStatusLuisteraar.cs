using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Identiteit.TokenStatus;

/// <summary>
/// Keeps one connection per API instance that LISTENs for the notifications the token table's triggers send when a
/// token entry changes status or is deleted (migration TokenStatusMeldingen), and forgets those tokens in the
/// <see cref="TokenStatusCache"/>. While it is not connected, or has not proven its connection for a while, the cache
/// is not used; after every (re)connect it starts empty, since notifications sent meanwhile are lost. It connects
/// with the application role: LISTEN needs no grant.
/// </summary>
internal sealed partial class TokenStatusLuisteraar(
    TokenStatusCache cache,
    TokenStatusOpties opties,
    DatabaseVerbindingen verbindingen,
    TimeProvider klok,
    ILogger<TokenStatusLuisteraar> log) : BackgroundService
{
    /// <summary>The channel the triggers notify on; the payload is "token-id application-id subject".</summary>
    public const string Kanaal = "openiddict_token_status";

    private const string PeilVoorvoegsel = "peil:";

    private readonly ConcurrentDictionary<string, TaskCompletionSource> _peilingen = new(StringComparer.Ordinal);
    private volatile bool _luistert;

    /// <summary>The server process of the listening connection while it listens (for tests that cut it off).</summary>
    public int? ServerProces { get; private set; }

    /// <summary>
    /// Returns once this instance has processed every token change committed before the call: a marker sent through
    /// the database behind them has come back (PostgreSQL delivers notifications in commit order), or the listener is
    /// not listening, in which case every request asks the database anyway.
    /// </summary>
    public async Task WachtTotBijgewerktAsync(CancellationToken ct)
    {
        var peil = Guid.NewGuid().ToString("N");
        var terug = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _peilingen[peil] = terug;
        try
        {
            if (!_luistert)
            {
                return;
            }

            await using (var verbinding = new NpgsqlConnection(verbindingen.Applicatie))
            {
                await verbinding.OpenAsync(ct).ConfigureAwait(false);
                await using var opdracht = new NpgsqlCommand("SELECT pg_notify(@kanaal, @peil)", verbinding);
                opdracht.Parameters.AddWithValue("kanaal", Kanaal);
                opdracht.Parameters.AddWithValue("peil", PeilVoorvoegsel + peil);
                await opdracht.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            }

            await terug.Task.WaitAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            _peilingen.TryRemove(peil, out _);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var verbindingstekst = new NpgsqlConnectionStringBuilder(verbindingen.Applicatie)
        {
            // A connection of its own for as long as the instance runs; a pool has nothing to give back to.
            Pooling = false,
            ApplicationName = "passendonderwijs-tokenstatus",
            Timeout = 10,
            CommandTimeout = Math.Max(1, (int)opties.Hartslag.TotalSeconds),
        }.ConnectionString;
        var wacht = opties.EersteWachtVoorHerverbinden;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await LuisterAsync(verbindingstekst, () => wacht = opties.EersteWachtVoorHerverbinden, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The database may be away for a while; the listener must outlive that and connect again.
            catch (Exception fout)
#pragma warning restore CA1031
            {
                LogVerbroken(log, fout, wacht);
            }
            finally
            {
                NietMeerLuisterend();
            }

            try
            {
                await Task.Delay(wacht, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            wacht = wacht * 2 < opties.LangsteWachtVoorHerverbinden ? wacht * 2 : opties.LangsteWachtVoorHerverbinden;
        }
    }

    private async Task LuisterAsync(string verbindingstekst, Action verbonden, CancellationToken ct)
    {
        await using var verbinding = new NpgsqlConnection(verbindingstekst);
        verbinding.Notification += (_, melding) => Verwerk(melding.Payload);
        await verbinding.OpenAsync(ct).ConfigureAwait(false);
        await using (var luister = new NpgsqlCommand($"LISTEN {Kanaal}", verbinding))
        {
            await luister.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        // Listening from here on: whatever changed before is in the database, and the cache starts empty.
        ServerProces = verbinding.ProcessID;
        cache.Verbonden();
        _luistert = true;
        verbonden();
        LogLuistert(log);

        var bevestigd = klok.GetTimestamp();
        await using var hartslag = new NpgsqlCommand("SELECT 1", verbinding);
        while (true)
        {
            var rest = opties.Hartslag - klok.GetElapsedTime(bevestigd);
            if (rest > TimeSpan.Zero)
            {
                await verbinding.WaitAsync(Wachttijd(rest), ct).ConfigureAwait(false);
                continue;
            }

            // A round trip proves the connection; notifications committed before it began arrive before its answer.
            var begin = klok.GetTimestamp();
            await hartslag.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            cache.Bevestig(begin);
            cache.RuimOp();
            bevestigd = begin;
        }
    }

    /// <summary>
    /// The wait before the next heartbeat, in whole milliseconds, rounded up. Npgsql takes a wait of 0 ms as "wait for
    /// ever": a remainder under a millisecond, passed as a TimeSpan, became that, and the listener then waited for a
    /// notification that might never come, so the cache stopped being trusted (every request asked the database) without
    /// a word in the log. It happened within minutes under load.
    /// </summary>
    internal static int Wachttijd(TimeSpan rest) => Math.Max(1, (int)Math.Ceiling(rest.TotalMilliseconds));

    private void Verwerk(string bericht)
    {
        if (bericht.StartsWith(PeilVoorvoegsel, StringComparison.Ordinal))
        {
            if (_peilingen.TryGetValue(bericht[PeilVoorvoegsel.Length..], out var peiling))
            {
                peiling.TrySetResult();
            }

            return;
        }

        var delen = bericht.Split(' ', 3);
        cache.Vergeet(delen[0], delen.Length > 1 ? delen[1] : null, delen.Length > 2 ? delen[2] : null);
    }

    private void NietMeerLuisterend()
    {
        _luistert = false;
        ServerProces = null;
        cache.Verbroken();

        // Nothing is cached any more, so whoever waits for this instance to catch up has what they waited for.
        foreach (var peiling in _peilingen.Values)
        {
            peiling.TrySetResult();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for token status changes; the token status cache is in use")]
    private static partial void LogLuistert(ILogger log);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The token status listener lost its connection; every request asks the database until it is back (next attempt in {Wacht})")]
    private static partial void LogVerbroken(ILogger log, Exception fout, TimeSpan wacht);
}
