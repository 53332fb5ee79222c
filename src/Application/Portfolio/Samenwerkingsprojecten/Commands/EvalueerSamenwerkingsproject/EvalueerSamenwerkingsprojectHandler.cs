using Mediator;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Portfolio.Samenwerkingsprojecten.Commands.EvalueerSamenwerkingsproject;

public sealed class EvalueerSamenwerkingsprojectHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<EvalueerSamenwerkingsprojectCommand, Result<ProjectDto>>
{
    public async ValueTask<Result<ProjectDto>> Handle(EvalueerSamenwerkingsprojectCommand command, CancellationToken cancellationToken) =>
        await db.VoerProjectUitAsync(command.Id, command.VerwachteVersie, p => p.Evalueer(
            command.Verzoek.Gegevens(), NederlandseTijd.Vandaag(klok), aanroeper.AlsActor(), klok.GetUtcNow()), cancellationToken).ConfigureAwait(false);
}
