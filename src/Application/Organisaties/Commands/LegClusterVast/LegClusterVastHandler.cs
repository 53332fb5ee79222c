using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Organisaties.Commands.LegClusterVast;

/// <summary>The school's own rule decides (only 1 or 2, only SO/VSO); aanmeldingen already received keep what they had.</summary>
public sealed class LegClusterVastHandler(IApplicationDbContext db) : InvoerHandler<LegClusterVastCommand, Clusterwijziging, SchoolDto>
{
    protected override async ValueTask<Result<SchoolDto>> Handle(LegClusterVastCommand command, Clusterwijziging invoer, CancellationToken cancellationToken)
    {
        var vestiging = invoer.Vestiging;
        var school = await db.Scholen.FirstOrDefaultAsync(s => s.Vestiging == vestiging, cancellationToken).ConfigureAwait(false);
        if (school is null)
        {
            return OrganisatieFouten.OnbekendeSchool(vestiging);
        }

        if (Versiecontrole.Controleer(command.VerwachteVersie, school.Versie, "deze school") is { } versiefout)
        {
            return versiefout;
        }

        var gewijzigd = school.LegClusterVast(invoer.Cluster);
        if (!gewijzigd.IsGelukt)
        {
            return Result<SchoolDto>.Mislukt(gewijzigd.Fouten);
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var bestuur = await db.Schoolbesturen.Where(b => b.Id == school.SchoolbestuurId).Select(b => b.Nummer).FirstAsync(cancellationToken).ConfigureAwait(false);
        return SchoolDto.Van(school, bestuur);
    }
}
