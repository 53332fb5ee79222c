using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Organisaties;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Portfolio.Samenwerkingsprojecten;

namespace PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten.Commands.LegSamenwerkingsprojectVast;

public sealed class LegSamenwerkingsprojectVastHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<LegSamenwerkingsprojectVastCommand, Result<ProjectDto>>
{
    public async ValueTask<Result<ProjectDto>> Handle(LegSamenwerkingsprojectVastCommand command, CancellationToken cancellationToken)
    {
        var swv = await db.Samenwerkingsverbanden.AsNoTracking().Select(s => s.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (swv is null)
        {
            return OrganisatieFouten.NietIngericht();
        }

        var regios = await db.RegiosAsync(cancellationToken).ConfigureAwait(false);
        var vastgelegd = Samenwerkingsproject.Leg(
            swv, regios, command.Verzoek.Gegevens(), command.Verzoek.Correctie, NederlandseTijd.Vandaag(klok), aanroeper.AlsActor(), klok.GetUtcNow());
        if (!vastgelegd.Lukt(out var project))
        {
            return Result<ProjectDto>.Mislukt(vastgelegd.Fouten);
        }

        db.Samenwerkingsprojecten.Add(project);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ProjectDto.Van(project);
    }
}
