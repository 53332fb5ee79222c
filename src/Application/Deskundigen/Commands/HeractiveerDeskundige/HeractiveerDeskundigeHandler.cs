using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Deskundigen.Commands.HeractiveerDeskundige;

public sealed class HeractiveerDeskundigeHandler(IApplicationDbContext db) : ICommandHandler<HeractiveerDeskundigeCommand, Result<DeskundigeDto>>
{
    public async ValueTask<Result<DeskundigeDto>> Handle(HeractiveerDeskundigeCommand command, CancellationToken cancellationToken) =>
        await db.ZetAsync(command.Id, d => d.Heractiveer(), cancellationToken).ConfigureAwait(false);
}
