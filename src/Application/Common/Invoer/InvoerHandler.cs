using Mediator;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Invoer;

/// <summary>
/// The handler of an <see cref="IInvoerCommand{TInvoer,TResponse}"/>: it receives the command's input typed and valid,
/// and never parses or unwraps a value itself.
/// </summary>
public abstract class InvoerHandler<TCommand, TInvoer, TResponse> : ICommandHandler<TCommand, Result<TResponse>>
    where TCommand : IInvoerCommand<TInvoer, TResponse>
{
    public ValueTask<Result<TResponse>> Handle(TCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);

        // The validation behaviour refused invalid input before this point; this only guards a handler used on its own.
        return command.Invoer.IsGelukt
            ? Handle(command, command.Invoer.Waarde, cancellationToken)
            : ValueTask.FromResult(Result<TResponse>.Mislukt(command.Invoer.Fouten));
    }

    protected abstract ValueTask<Result<TResponse>> Handle(TCommand command, TInvoer invoer, CancellationToken cancellationToken);
}
