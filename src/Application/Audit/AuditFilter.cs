using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Domain.Audit;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Audit;

/// <summary>What a beheerder narrows the audit log to; every part is optional and they combine with AND.</summary>
/// <param name="Van">First Dutch calendar day, inclusive.</param>
/// <param name="Tot">Last Dutch calendar day, inclusive.</param>
public sealed record AuditSelectie(Guid? Leerling, string? Actor, string? ResourceSoort = null, DateOnly? Van = null, DateOnly? Tot = null);

internal static class AuditFilter
{
    /// <summary>
    /// The platform's own log: the records of no samenwerkingsverband, past the tenant filter (the platform belongs to
    /// no tenant). The same for the screen and the export.
    /// </summary>
    public static IQueryable<AuditRegel> VanHetPlatform(this IQueryable<AuditRegel> regels) =>
        regels.IgnoreQueryFilters().Where(r => r.Samenwerkingsverband == null);

    /// <summary>Records about one pupil and/or by one actor.</summary>
    public static IQueryable<AuditRegel> Filter(this IQueryable<AuditRegel> regels, Guid? leerling, string? actor) =>
        regels.Filter(new AuditSelectie(leerling, actor));

    /// <summary>Records that match <paramref name="selectie"/>; the tenant filter of the DbContext applies as well.</summary>
    public static IQueryable<AuditRegel> Filter(this IQueryable<AuditRegel> regels, AuditSelectie selectie)
    {
        if (selectie.Leerling is { } leerling)
        {
            regels = regels.Where(r => r.LeerlingId == leerling);
        }

        if (selectie.Actor is { } actor)
        {
            regels = regels.Where(r => r.Actor == actor);
        }

        if (selectie.ResourceSoort is { } soort)
        {
            regels = regels.Where(r => r.ResourceSoort == soort);
        }

        // A day is a Dutch day: a beheerder who asks for 14 March means 00:00–24:00 in the Netherlands, not in UTC.
        if (selectie.Van is { } van)
        {
            var vanaf = NederlandseDatum.Begin(van);
            regels = regels.Where(r => r.Op >= vanaf);
        }

        if (selectie.Tot is { } tot)
        {
            var voor = NederlandseDatum.Begin(tot.AddDays(1));
            regels = regels.Where(r => r.Op < voor);
        }

        return regels;
    }
}
