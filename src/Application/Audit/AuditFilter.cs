using PassendOnderwijs.Domain.Audit;

namespace PassendOnderwijs.Application.Audit;

internal static class AuditFilter
{
    /// <summary>Records about one pupil and/or by one actor; the tenant filter of the DbContext applies as well.</summary>
    public static IQueryable<AuditRegel> Filter(this IQueryable<AuditRegel> regels, Guid? leerling, string? actor)
    {
        if (leerling is not null)
        {
            regels = regels.Where(r => r.LeerlingId == leerling);
        }

        if (actor is not null)
        {
            regels = regels.Where(r => r.Actor == actor);
        }

        return regels;
    }
}
