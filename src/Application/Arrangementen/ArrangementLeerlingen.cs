using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Application.Arrangementen;

/// <summary>
/// The pupil of an arrangement the caller may see. An arrangement belongs to the vestiging that requested it; when
/// the pupil moved on, that school still sees its arrangement and the pupil's name on it. The arrangement itself
/// passed the tenant and vestiging filters, so reading its own pupil past the pupil filter shows nothing new.
/// </summary>
internal static class ArrangementLeerlingen
{
    public static IQueryable<Leerling> LeerlingVan(this IApplicationDbContext db, Arrangement arrangement) =>
        db.Leerlingen.IgnoreQueryFilters().AsNoTracking().Where(l => l.Id == arrangement.LeerlingId && l.Samenwerkingsverband == arrangement.Samenwerkingsverband);


    /// <summary>Every pupil of the tenant, for joining to arrangementen that already passed the filters.</summary>
    public static IQueryable<Leerling> LeerlingenVanArrangementen(this IApplicationDbContext db) => db.Leerlingen.IgnoreQueryFilters().AsNoTracking();
}
