using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Application.Platform;

/// <summary>
/// The tenant a platform use case names by its code. The platform-beheerder belongs to no tenant, so these reads look
/// across all of them (IgnoreQueryFilters), which only the platform's access rule allows.
/// </summary>
public static class TenantOpslag
{
    public static async Task<Samenwerkingsverband?> ZoekAsync(IApplicationDbContext db, string? code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return SwvCode.Parse(code, "code") is { IsGelukt: true } swv
            ? await db.Samenwerkingsverbanden.IgnoreQueryFilters().SingleOrDefaultAsync(s => s.Id == swv.Waarde, ct).ConfigureAwait(false)
            : null;
    }

    /// <summary>
    /// The tenant whose accounts the platform-beheerder works on: 404 when unknown, 409 while suspended (its people
    /// could not sign in or activate anyway).
    /// </summary>
    public static async Task<Result<Samenwerkingsverband>> ActiefAsync(IApplicationDbContext db, string code, CancellationToken ct)
    {
        var swv = await ZoekAsync(db, code, ct).ConfigureAwait(false);
        return swv switch
        {
            null => TenantAudit.Onbekend(code),
            { IsOpgeschort: true } => Fout.Conflict("samenwerkingsverband-opgeschort", "Dit samenwerkingsverband is opgeschort. Activeer het eerst weer."),
            _ => swv,
        };
    }

    /// <summary>
    /// A change to the tenant itself, the same for each (suspend, reactivate): found by its code, on the version the
    /// platform-beheerder saw (If-Match), taken by the aggregate and saved; the changed tenant, or why not.
    /// </summary>
    public static async Task<Result<Samenwerkingsverband>> WijzigAsync(
        IApplicationDbContext db, string code, long? verwachteVersie, Func<Samenwerkingsverband, Result<Samenwerkingsverband>> stap, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stap);
        var swv = await ZoekAsync(db, code, ct).ConfigureAwait(false);
        if (swv is null)
        {
            return TenantAudit.Onbekend(code);
        }

        if (Versiecontrole.Controleer(verwachteVersie, swv.Versie, "het samenwerkingsverband") is { } versiefout)
        {
            return versiefout;
        }

        var gewijzigd = stap(swv);
        if (gewijzigd.IsGelukt)
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        return gewijzigd;
    }

    /// <summary>Whether the tenant is suspended; a code without a row (an external provider's) is not.</summary>
    public static async Task<bool> IsOpgeschortAsync(IApplicationDbContext db, string? code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return SwvCode.Parse(code) is { IsGelukt: true } swv
            && await db.Samenwerkingsverbanden.IgnoreQueryFilters().AsNoTracking()
                .AnyAsync(s => s.Id == swv.Waarde && s.Status == TenantStatus.Opgeschort, ct).ConfigureAwait(false);
    }

    public const string OpgeschortMelding =
        "Uw samenwerkingsverband is opgeschort door de beheerder van het platform. Inloggen kan weer als het opnieuw is geactiveerd.";
}
