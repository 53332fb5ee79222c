using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace PassendOnderwijs.Application.Common.Behaviours;

/// <summary>
/// Logs which use case ran, how it ended and how long it took. It never logs the message itself: messages can carry
/// pupil data, and logs are not the place for personal data.
/// </summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string UseCase = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken).ConfigureAwait(false);
        var duurMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var uitkomst = Resultaat<TResponse>.IsGelukt(response) ? "gelukt" : "mislukt";
        LogAfgehandeld(UseCase, uitkomst, duurMs);
        return response;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Use case {UseCase} {Uitkomst} in {DuurMs:F1} ms")]
    private partial void LogAfgehandeld(string useCase, string uitkomst, double duurMs);
}
