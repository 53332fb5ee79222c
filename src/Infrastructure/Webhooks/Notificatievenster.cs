using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Webhooks;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Webhooks;

/// <summary>Reads the mark the clean-up leaves (koppeling_notificatie_opschoning; see <see cref="Opschoning.Opschoner"/>).</summary>
internal sealed class Notificatievenster(PassendOnderwijsDbContext db) : INotificatievenster
{
    public async Task<long> OpgeschoondTotAsync(string samenwerkingsverband, CancellationToken ct) =>
        (await db.Database.SqlQuery<long>($"""
            SELECT coalesce(max(tot_versie), 0) AS "Value" FROM koppeling_notificatie_opschoning WHERE samenwerkingsverband = {samenwerkingsverband}
            """).ToListAsync(ct).ConfigureAwait(false)).Sum();
}
