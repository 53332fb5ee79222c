using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;

namespace PassendOnderwijs.Infrastructure.Persistence;

/// <summary>
/// The actors of an audit log by a loose index scan: a recursive query jumps from one actor to the next on the index
/// (samenwerkingsverband, actor, id) and reads the newest record of each, so the cost grows with the number of actors,
/// not with the millions of records. (PostgreSQL has no skip scan for a DISTINCT of its own.)
/// </summary>
internal sealed class AuditActoren(PassendOnderwijsDbContext db) : IAuditActoren
{
    public async Task<IReadOnlyList<ActorInHetLog>> InHetLogAsync(string? samenwerkingsverband, CancellationToken ct)
    {
        // The tenant filter of the DbContext does not reach raw SQL: the log is chosen here, and only by parameter.
        var vanHetLog = samenwerkingsverband is null ? "r.samenwerkingsverband IS NULL" : "r.samenwerkingsverband = {0}";
        var sql = $"""
            WITH RECURSIVE actoren(actor) AS (
                (SELECT r.actor FROM audit_regel r WHERE {vanHetLog} ORDER BY r.actor LIMIT 1)
                UNION ALL
                SELECT (SELECT r.actor FROM audit_regel r WHERE {vanHetLog} AND r.actor > a.actor ORDER BY r.actor LIMIT 1)
                FROM actoren a WHERE a.actor IS NOT NULL)
            SELECT a.actor, nieuwste.actor_soort AS soort, nieuwste.actor_naam AS naam
            FROM actoren a
            CROSS JOIN LATERAL (
                SELECT r.actor_soort, r.actor_naam FROM audit_regel r
                WHERE {vanHetLog} AND r.actor = a.actor ORDER BY r.id DESC LIMIT 1) nieuwste
            WHERE a.actor IS NOT NULL
            """;
        object[] parameters = samenwerkingsverband is null ? [] : [samenwerkingsverband];
        var rijen = await db.Database.SqlQueryRaw<Rij>(sql, parameters).ToListAsync(ct).ConfigureAwait(false);
        return [.. rijen.Select(r => new ActorInHetLog(r.Actor, r.Soort, r.Naam))];
    }

    private sealed class Rij
    {
        public string Actor { get; init; } = string.Empty;

        public string Soort { get; init; } = string.Empty;

        public string? Naam { get; init; }
    }
}
