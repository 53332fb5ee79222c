using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Application.Ouders;

/// <summary>Finding one plan of one of the ouder's own children, the same way for reading and for answering.</summary>
internal static class OuderOpps
{
    /// <summary>
    /// The plan <paramref name="oppId"/> of child <paramref name="leerlingId"/>: the child first (the visibility filter
    /// shows an ouder only their own), then a plan of that child with something the ouder may read; 404 otherwise.
    /// </summary>
    public static async Task<Result<Ontwikkelingsperspectiefplan>> ZoekAsync(
        IApplicationDbContext db, Guid leerlingId, Guid oppId, bool volgen, CancellationToken ct)
    {
        if (!await db.Leerlingen.AnyAsync(l => l.Id == leerlingId, ct).ConfigureAwait(false))
        {
            return LeerlingFouten.Onbekend(leerlingId);
        }

        var bron = volgen ? db.Ontwikkelingsperspectiefplannen : db.Ontwikkelingsperspectiefplannen.AsNoTracking();
        var opp = await bron.FirstOrDefaultAsync(o => o.Id == oppId && o.LeerlingId == leerlingId, ct).ConfigureAwait(false);
        return opp is not null && OuderOppDto.Zichtbaar(opp) ? opp : OppFouten.Onbekend(oppId);
    }

    /// <summary>The school's name per plan (its vestiging's code when the school is not registered).</summary>
    public static async Task<Dictionary<Guid, string>> SchoolnamenAsync(IApplicationDbContext db, IReadOnlyList<Ontwikkelingsperspectiefplan> opps, CancellationToken ct)
    {
        var vestigingen = opps.Select(o => o.Vestiging).Distinct().ToList();
        var namen = await db.Scholen.AsNoTracking().Where(s => vestigingen.Contains(s.Vestiging))
            .ToDictionaryAsync(s => s.Vestiging.Waarde, s => s.Naam, ct).ConfigureAwait(false);
        return opps.ToDictionary(o => o.Id, o => namen.GetValueOrDefault(o.Vestiging.Waarde) ?? o.Vestiging.Waarde);
    }
}
