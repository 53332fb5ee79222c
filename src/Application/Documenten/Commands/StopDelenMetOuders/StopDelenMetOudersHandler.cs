using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Documenten.Commands.StopDelenMetOuders;

public sealed class StopDelenMetOudersHandler(IApplicationDbContext db, IHuidigeGebruiker aanroeper, TimeProvider klok)
    : ICommandHandler<StopDelenMetOudersCommand, Result<DocumentDto>>
{
    public async ValueTask<Result<DocumentDto>> Handle(StopDelenMetOudersCommand command, CancellationToken cancellationToken) =>
        await DocumentDeling.WijzigAsync(db, aanroeper, klok, command.DocumentId, (d, door, nu) => d.StopDelenMetOuders(door, nu), cancellationToken)
            .ConfigureAwait(false);
}
