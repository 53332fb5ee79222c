using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Arrangementen;

/// <summary>
/// The pupils of arrangementen the caller may see: an arrangement belongs to the vestiging that requested it, which
/// still sees the pupil on it when the pupil moved on (<see cref="LeerlingenVanZaken"/> says how that is read).
/// </summary>
internal static class ArrangementLeerlingen
{
    public static async Task<Leerling> LeerlingVanAsync(this IApplicationDbContext db, Arrangement arrangement, CancellationToken ct) =>
        (await db.LeerlingenVanAsync([arrangement], ct).ConfigureAwait(false))[arrangement.LeerlingId];

    public static Task<Dictionary<Guid, Leerling>> LeerlingenVanAsync(this IApplicationDbContext db, IReadOnlyCollection<Arrangement> arrangementen, CancellationToken ct) =>
        db.LeerlingenAsync(arrangementen.Select(a => (a.LeerlingId, a.Samenwerkingsverband)), ct);

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
