using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Koppelingen.Commands.TrekKoppelingIn;

public sealed class TrekKoppelingInHandler(IKoppelingRegister register) : ICommandHandler<TrekKoppelingInCommand, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(TrekKoppelingInCommand command, CancellationToken cancellationToken) =>
        await register.TrekInAsync(command.ClientId, cancellationToken).ConfigureAwait(false);
}
