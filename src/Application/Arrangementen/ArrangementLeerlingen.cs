using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Arrangementen;

/// <summary>
/// The pupils of arrangementen the caller may see. An arrangement belongs to the vestiging that requested it; when
/// the pupil moved on, that school still sees its arrangement and the pupil's name on it. So the pupils are read in
/// a query of their own, past the pupil filter but only by the ids of arrangementen that already passed the tenant
/// and vestiging filters. (Never in the same query: IgnoreQueryFilters switches off every filter of a query.)
/// </summary>
internal static class ArrangementLeerlingen
{
    public static async Task<Leerling> LeerlingVanAsync(this IApplicationDbContext db, Arrangement arrangement, CancellationToken ct) =>
        (await db.LeerlingenVanAsync([arrangement], ct).ConfigureAwait(false))[arrangement.LeerlingId];

    public static async Task<Dictionary<Guid, Leerling>> LeerlingenVanAsync(this IApplicationDbContext db, IReadOnlyCollection<Arrangement> arrangementen, CancellationToken ct)
    {
        var ids = arrangementen.Select(a => a.LeerlingId).Distinct().ToList();
        var swv = arrangementen.Select(a => a.Samenwerkingsverband).Distinct().ToList();
        return await db.Leerlingen.IgnoreQueryFilters().AsNoTracking()
            .Where(l => ids.Contains(l.Id) && swv.Contains(l.Samenwerkingsverband))
            .ToDictionaryAsync(l => l.Id, ct).ConfigureAwait(false);
    }

    /// <summary>The names of the pupils of arrangementen the caller may see (a list shows no more), by the same rule.</summary>
    public static async Task<Dictionary<Guid, LeerlingNaam>> LeerlingNamenAsync(
        this IApplicationDbContext db, IEnumerable<(Guid Leerling, SwvCode Samenwerkingsverband)> arrangementen, CancellationToken ct)
    {
        var lijst = arrangementen.ToList();
        var ids = lijst.Select(a => a.Leerling).Distinct().ToList();
        var swv = lijst.Select(a => a.Samenwerkingsverband).Distinct().ToList();
        return await db.Leerlingen.IgnoreQueryFilters().AsNoTracking()
            .Where(l => ids.Contains(l.Id) && swv.Contains(l.Samenwerkingsverband))
            .Select(l => new LeerlingNaam(l.Id, l.Voornaam, l.Achternaam))
            .ToDictionaryAsync(l => l.Id, ct).ConfigureAwait(false);
    }
}

/// <summary>Who an arrangement is for, as a list names them.</summary>
public sealed record LeerlingNaam(Guid Id, string Voornaam, string Achternaam)
{
    public string VolledigeNaam() => Leerling.VolledigeNaam(Voornaam, Achternaam);
}
