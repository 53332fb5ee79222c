using Mediator;
using Microsoft.Extensions.Logging;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Behaviours;

/// <summary>
/// Gives the primary the last word over a cursor or token the replica refused. A replica is an earlier state of the
/// primary: a token a LAS got from the primary, or from a replica further ahead, can point past what this replica has
/// replayed, and the replica cannot tell that from a token of a restored backup's lost future. The primary can, so
/// the query runs once more there: it continues the feed (no row skipped or repeated) or refuses the token for real.
/// It stands innermost, so the audit behaviour records the one answer the caller gets.
/// </summary>
public sealed partial class ReplicaBehaviour<TMessage, TResponse>(ILeesDbContext lezer, ILogger<ReplicaBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken).ConfigureAwait(false);
        if (!lezer.LasVanReplica || response is not IUitkomst { IsGelukt: false } uitkomst
            || !uitkomst.Fouten.Any(f => f.Soort == FoutSoort.OngeldigToken))
        {
            return response;
        }

        LogNaarPrimair(typeof(TMessage).Name);
        lezer.LeesVoortaanVanPrimair();
        return await next(message, cancellationToken).ConfigureAwait(false);
    }

    // Now and then is expected (a LAS alternating between replicas); often means a replica that lags far behind.
    [LoggerMessage(Level = LogLevel.Information, Message = "Use case {UseCase}: the replica cannot vouch for the token or cursor; the primary answers")]
    private partial void LogNaarPrimair(string useCase);
}
