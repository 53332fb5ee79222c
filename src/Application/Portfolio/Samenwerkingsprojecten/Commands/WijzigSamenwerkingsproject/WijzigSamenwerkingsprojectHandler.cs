using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten.Commands.WijzigSamenwerkingsproject;

public sealed class WijzigSamenwerkingsprojectHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<WijzigSamenwerkingsprojectCommand, Result<ProjectDto>>
{
    public async ValueTask<Result<ProjectDto>> Handle(WijzigSamenwerkingsprojectCommand command, CancellationToken cancellationToken)
    {
        var regios = await db.RegiosAsync(cancellationToken).ConfigureAwait(false);
        return await db.VoerProjectUitAsync(command.Id, command.VerwachteVersie, p => p.Wijzig(
            regios, command.Verzoek.Gegevens(), command.Verzoek.Correctie, NederlandseTijd.Vandaag(klok), aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken).ConfigureAwait(false);
    }
}
