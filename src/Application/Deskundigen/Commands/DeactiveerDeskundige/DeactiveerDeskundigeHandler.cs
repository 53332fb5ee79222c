using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Deskundigen.Commands.DeactiveerDeskundige;

public sealed class DeactiveerDeskundigeHandler(IApplicationDbContext db) : ICommandHandler<DeactiveerDeskundigeCommand, Result<DeskundigeDto>>
{
    public async ValueTask<Result<DeskundigeDto>> Handle(DeactiveerDeskundigeCommand command, CancellationToken cancellationToken) =>
        await db.ZetAsync(command.Id, d => d.Deactiveer(), cancellationToken).ConfigureAwait(false);
}
