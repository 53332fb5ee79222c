using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Platform;

/// <summary>
/// The figures of the platform-beheerder's overview, for all tenants or one, in a fixed number of grouped queries
/// (accounts, last audit record, koppelingen), never one per tenant. Counts and times only: no names, no pupil data.
/// </summary>
internal static class TenantTelling
{
    public static async Task<IReadOnlyDictionary<string, TenantCijfers>> TelAsync(
        IApplicationDbContext db, IKoppelingRegister koppelingen, SwvCode? alleen, CancellationToken ct)
    {
        // Across all tenants on purpose: this is the platform's view, and its access rule admits only the platform-beheerder.
        var gebruikers = db.Gebruikers.IgnoreQueryFilters().Where(g => g.Samenwerkingsverband != null);
        var audit = db.AuditRegels.IgnoreQueryFilters().Where(a => a.Samenwerkingsverband != null);
        if (alleen is not null)
        {
            gebruikers = gebruikers.Where(g => g.Samenwerkingsverband == alleen);
            var code = alleen.Waarde;
            audit = audit.Where(a => a.Samenwerkingsverband == code);
        }

        // Filtered first and counted per tenant after: EF does not reach into the owned external identity inside a
        // group's aggregate, only in a plain filter.
        var kunnenInloggen = await gebruikers
            .Where(g => g.Actief && (g.WachtwoordHash != null || g.ExterneIdentiteit!.Onderwerp != null))
            .GroupBy(g => g.Samenwerkingsverband)
            .Select(g => new { g.Key, Aantal = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);
        var wachten = await gebruikers
            .Where(g => g.Actief && g.WachtwoordHash == null && g.ExterneIdentiteit!.Onderwerp == null)
            .GroupBy(g => g.Samenwerkingsverband)
            .Select(g => new { g.Key, Aantal = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);
        var activiteit = await audit
            .GroupBy(a => a.Samenwerkingsverband)
            .Select(g => new { g.Key, Laatst = g.Max(a => a.Op) })
            .ToDictionaryAsync(a => a.Key!, a => a.Laatst, ct).ConfigureAwait(false);
        var clients = await koppelingen.AlleKoppelingenPerSamenwerkingsverbandAsync(ct).ConfigureAwait(false);

        var actiefPerSwv = kunnenInloggen.Where(a => a.Key is not null).ToDictionary(a => a.Key!.Waarde, a => a.Aantal, StringComparer.Ordinal);
        var wachtPerSwv = wachten.Where(a => a.Key is not null).ToDictionary(a => a.Key!.Waarde, a => a.Aantal, StringComparer.Ordinal);
        return actiefPerSwv.Keys.Concat(wachtPerSwv.Keys).Concat(activiteit.Keys).Concat(clients.Keys).Distinct(StringComparer.Ordinal).ToDictionary(
            code => code,
            code => new TenantCijfers(
                actiefPerSwv.GetValueOrDefault(code),
                wachtPerSwv.GetValueOrDefault(code),
                clients.TryGetValue(code, out var k) ? k.Count : 0,
                activiteit.TryGetValue(code, out var op) ? op : (DateTimeOffset?)null),
            StringComparer.Ordinal);
    }

    public static TenantCijfers Van(IReadOnlyDictionary<string, TenantCijfers> cijfers, Samenwerkingsverband swv) =>
        cijfers.TryGetValue(swv.Code.Waarde, out var c) ? c : TenantCijfers.Geen;
}
