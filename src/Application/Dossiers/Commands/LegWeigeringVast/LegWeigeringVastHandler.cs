using Mediator;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Dossiers.Commands.LegWeigeringVast;

/// <summary>The audit behaviour writes the record; the use case only names what was refused.</summary>
public sealed class LegWeigeringVastHandler : ICommandHandler<LegWeigeringVastCommand, Result<Dossierweigering>>
{
    public ValueTask<Result<Dossierweigering>> Handle(LegWeigeringVastCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return ValueTask.FromResult<Result<Dossierweigering>>(new Dossierweigering(command.Grootte, command.Codes));
    }
}
