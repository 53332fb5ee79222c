using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Ouders;

namespace PassendOnderwijs.Application.Ouders;

/// <summary>The ouders linked to a pupil now, with their accounts: what the school's list, one ouder and the changes read.</summary>
internal static class OuderOpslag
{
    public static async Task<IReadOnlyList<(Vertegenwoordiging Link, Gebruiker Ouder)>> ActieveAsync(
        IApplicationDbContext db, Guid leerlingId, Guid? ouderId, bool volgen, CancellationToken ct)
    {
        var vraag = db.Vertegenwoordigingen.Where(v => v.LeerlingId == leerlingId && v.BeeindigdOp == null);
        if (ouderId is { } id)
        {
            vraag = vraag.Where(v => v.OuderId == id);
        }

        var links = await (volgen ? vraag : vraag.AsNoTracking()).OrderBy(v => v.VastgelegdOp).ThenBy(v => v.Id).ToListAsync(ct).ConfigureAwait(false);
        if (links.Count == 0)
        {
            return [];
        }

        var accountIds = links.Select(l => new GebruikerId(l.OuderId)).ToList();
        var accounts = await (volgen ? db.Gebruikers : db.Gebruikers.AsNoTracking())
            .Where(g => accountIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id.Waarde, ct).ConfigureAwait(false);
        return links.Where(l => accounts.ContainsKey(l.OuderId)).Select(l => (l, accounts[l.OuderId])).ToList();
    }
}
