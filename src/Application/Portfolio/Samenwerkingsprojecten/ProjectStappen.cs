using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Samenwerkingsprojecten;

namespace PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten;

/// <summary>Every change of a project: find it, check the version, change, save, answer.</summary>
internal static class ProjectStappen
{
    public static async Task<Result<ProjectDto>> VoerProjectUitAsync(
        this IApplicationDbContext db, Guid id, long? verwachteVersie, Func<Samenwerkingsproject, Result<Samenwerkingsproject>> stap, CancellationToken ct)
    {
        var project = await db.Samenwerkingsprojecten.FirstOrDefaultAsync(p => p.Id == id, ct).ConfigureAwait(false);
        if (project is null)
        {
            return ProjectFouten.Onbekend;
        }

        if (Versiecontrole.Controleer(verwachteVersie, project.Versie, "dit samenwerkingsproject") is { } versiefout)
        {
            return versiefout;
        }

        var uitkomst = stap(project);
        if (!uitkomst.IsGelukt)
        {
            return Result<ProjectDto>.Mislukt(uitkomst.Fouten);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ProjectDto.Van(project);
    }
}
