using Mediator;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Behaviours;

/// <summary>
/// Wraps every command in one database transaction that commits only when the command succeeds. Queries pass
/// through untouched. Two races the handler cannot see coming are expected outcomes, not bugs: another writer saved
/// the same aggregate first (412), or claimed the same unique key first (409).
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
                try
                {
                    var response = await next(message, ct).ConfigureAwait(false);
                    return (response, Resultaat<TResponse>.IsGelukt(response));
                }
                catch (DbUpdateConcurrencyException)
                {
                    return (Resultaat<TResponse>.MetFouten([Fout.VersieVerouderd(
                        "versie-verouderd", "Iemand anders heeft dit net gewijzigd. Haal de nieuwe versie op en probeer het opnieuw.")]), false);
                }
                catch (DbUpdateException fout) when (fout.IsUniekeSleutelGeschonden())
                {
                    return (Resultaat<TResponse>.MetFouten([Fout.Conflict("bestaat-al", "Dit bestaat al; iemand anders legde het net vast.")]), false);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }
}
