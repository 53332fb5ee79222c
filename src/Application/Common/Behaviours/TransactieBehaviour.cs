using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;

namespace PassendOnderwijs.Application.Common.Behaviours;

/// <summary>
/// Wraps every command in one database transaction that commits only when the command succeeds. Queries pass
/// through untouched.
/// </summary>
public sealed class TransactieBehaviour<TMessage, TResponse>(ITransactieBeheer transactieBeheer)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand)
        {
            return await next(message, cancellationToken).ConfigureAwait(false);
        }

        return await transactieBeheer.VoerUitAsync(
            async ct =>
            {
                var response = await next(message, ct).ConfigureAwait(false);
                return (response, Resultaat<TResponse>.IsGelukt(response));
            },
            cancellationToken).ConfigureAwait(false);
    }
}
