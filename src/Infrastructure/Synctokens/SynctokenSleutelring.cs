using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Synctokens;

/// <summary>
/// The signing keys as this instance knows them: read from the database, kept in memory, and read again when they
/// may have changed (a newer key made by another instance, a revoked one, or after a while). The newest key signs;
/// every key still in the table checks.
/// </summary>
internal sealed class SynctokenSleutelring(IServiceScopeFactory scopes, TimeProvider klok, IOptions<SynctokenOpties> opties) : IDisposable
{
    /// <summary>How long this instance trusts its copy; a revoked key stops working everywhere within this time.</summary>
    private static readonly TimeSpan Verversing = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _laden = new(1, 1);
    private Stand? _stand;

    public async ValueTask<SynctokenSleutel> OndertekenaarAsync(CancellationToken cancellationToken)
    {
        var stand = Volatile.Read(ref _stand);
        if (stand is not null && IsVers(stand) && !MoetWisselen(stand.Nieuwste))
        {
            return stand.Nieuwste!;
        }

        return (await LaadAsync(zorgVoorOndertekenaar: true, cancellationToken).ConfigureAwait(false)).Nieuwste!;
    }

    public async ValueTask<SynctokenSleutel?> ZoekAsync(int id, CancellationToken cancellationToken)
    {
        var stand = Volatile.Read(ref _stand);
        if (stand is not null && IsVers(stand))
        {
            if (stand.Sleutels.TryGetValue(id, out var bekend))
            {
                return bekend;
            }

            // Only the next number can be a key another instance has just made: anything else that is unknown was
            // revoked or never existed, and costs no database round trip.
            if (id != stand.HoogsteId + 1)
            {
                return null;
            }
        }

        stand = await LaadAsync(zorgVoorOndertekenaar: false, cancellationToken).ConfigureAwait(false);
        return stand.Sleutels.GetValueOrDefault(id);
    }

    public void Dispose() => _laden.Dispose();

    private bool IsVers(Stand stand) => klok.GetElapsedTime(stand.GeladenOp) < Verversing;

    private bool MoetWisselen(SynctokenSleutel? nieuwste) =>
        nieuwste is null || klok.GetUtcNow() - nieuwste.AangemaaktOp >= TimeSpan.FromDays(opties.Value.SleutelWisselDagen);

    private async Task<Stand> LaadAsync(bool zorgVoorOndertekenaar, CancellationToken cancellationToken)
    {
        await _laden.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PassendOnderwijsDbContext>();
            var stand = await LeesAsync(db, cancellationToken).ConfigureAwait(false);
            if (zorgVoorOndertekenaar && MoetWisselen(stand.Nieuwste))
            {
                await MaakAsync(db, stand.HoogsteId + 1, cancellationToken).ConfigureAwait(false);
                stand = await LeesAsync(db, cancellationToken).ConfigureAwait(false);
            }

            Volatile.Write(ref _stand, stand);
            return stand;
        }
        finally
        {
            _laden.Release();
        }
    }

    private async Task<Stand> LeesAsync(PassendOnderwijsDbContext db, CancellationToken cancellationToken)
    {
        var sleutels = await db.Set<SynctokenSleutel>().AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return new Stand(
            sleutels.ToFrozenDictionary(s => s.Id),
            sleutels.MaxBy(s => s.Id),
            sleutels.Count == 0 ? 0 : sleutels.Max(s => s.Id),
            klok.GetTimestamp());
    }

    /// <summary>
    /// Instances that decide at the same moment to make a key all try the same number; one insert wins and all of
    /// them read that one back, so there is never more than one newest key.
    /// </summary>
    private async Task MaakAsync(PassendOnderwijsDbContext db, int id, CancellationToken cancellationToken)
    {
        var materiaal = RandomNumberGenerator.GetBytes(SynctokenSleutel.Lengte);
        var nu = klok.GetUtcNow();
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO synctokensleutel (id, materiaal, aangemaakt_op) VALUES ({id}, {materiaal}, {nu}) ON CONFLICT (id) DO NOTHING",
            cancellationToken).ConfigureAwait(false);
    }

    private sealed record Stand(FrozenDictionary<int, SynctokenSleutel> Sleutels, SynctokenSleutel? Nieuwste, int HoogsteId, long GeladenOp);
}
