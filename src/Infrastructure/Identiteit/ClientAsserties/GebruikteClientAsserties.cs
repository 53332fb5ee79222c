using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Identiteit.ClientAsserties;

/// <summary>The jti's of client assertions that were used, shared by every API instance through the database.</summary>
internal sealed class GebruikteClientAsserties(PassendOnderwijsDbContext db)
{
    /// <summary>At most this many expired rows go per new assertion: enough to keep up, never a long statement.</summary>
    private const int OpruimenPerKeer = 100;

    /// <summary>
    /// Records the first use of an assertion; false when it was used before. One INSERT ... ON CONFLICT DO NOTHING
    /// decides, so of two identical assertions sent at the same moment (to one instance or to two) exactly one is
    /// recorded: the other insert waits for the first to commit and then inserts nothing.
    /// </summary>
    public async Task<bool> LegEersteGebruikVastAsync(string clientId, string jti, DateTimeOffset verlooptOp, DateTimeOffset nu, CancellationToken ct)
    {
        await RuimOpAsync(nu, ct).ConfigureAwait(false);
        var ingevoegd = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO gebruikte_client_assertie (client_id, jti, verloopt_op) VALUES ({clientId}, {jti}, {verlooptOp})
            ON CONFLICT (client_id, jti) DO NOTHING
            """,
            ct).ConfigureAwait(false);
        return ingevoegd == 1;
    }

    /// <summary>
    /// Removes jti's whose assertion has expired: such an assertion is refused for its exp alone. SKIP LOCKED lets
    /// instances that clean up at the same moment each take other rows instead of waiting for (or deadlocking on)
    /// each other.
    /// </summary>
    private async Task RuimOpAsync(DateTimeOffset nu, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync(
            $"""
            DELETE FROM gebruikte_client_assertie WHERE (client_id, jti) IN (
                SELECT client_id, jti FROM gebruikte_client_assertie WHERE verloopt_op < {nu}
                ORDER BY verloopt_op LIMIT {OpruimenPerKeer} FOR UPDATE SKIP LOCKED)
            """,
            ct).ConfigureAwait(false);
}
