using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Api.Problemen;

/// <summary>
/// Turns an exception into a problem response. A malformed request body (bad JSON, a wrong type, an unknown field)
/// is the client's error and becomes a 400 that says where; a database that cannot be reached is a 503 with
/// Retry-After (nothing was carried out, the same request may be sent again); anything else is a bug: a 500 that says
/// nothing about the internals, and the details go to the log with the traceId.
/// </summary>
internal sealed partial class OnverwachteFoutHandler(
    IProblemDetailsService problemDetails,
    ILogger<OnverwachteFoutHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var details = exception switch
        {
            BadHttpRequestException bad => OngeldigVerzoek(bad),
            _ when DatabaseOnbereikbaar.Is(exception) => TijdelijkNietBeschikbaar(httpContext, exception),
            _ => null,
        };

        if (details is null)
        {
            LogOnverwacht(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
            details = new ProblemDetails { Status = StatusCodes.Status500InternalServerError };
        }

        httpContext.Response.StatusCode = details.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = details,
            Exception = exception,
        }).ConfigureAwait(false);
    }

    private ProblemDetails TijdelijkNietBeschikbaar(HttpContext httpContext, Exception exception)
    {
        LogDatabaseOnbereikbaar(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.Headers.RetryAfter = WachtSeconden.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Type = ProbleemTypen.Voor("tijdelijk-niet-beschikbaar"),
            Title = "De dienst is tijdelijk niet beschikbaar.",
            Detail = "De gegevens zijn nu niet bereikbaar en er is niets gewijzigd. Probeer het over een paar seconden opnieuw.",
        };
    }

    private static ProblemDetails OngeldigVerzoek(BadHttpRequestException bad)
    {
        if (bad.StatusCode != StatusCodes.Status400BadRequest)
        {
            return new ProblemDetails { Status = bad.StatusCode };
        }

        var json = bad.InnerException as JsonException;
        var pointer = json?.Path is { Length: > 1 } pad ? "#" + pad[1..].Replace('.', '/') : null;
        var (code, melding) = json switch
        {
            null => ("ongeldige-json", "Het verzoek kon niet worden gelezen."),
            StuurtekenException => ("verboden-teken", Tekst.StuurtekenMelding),
            _ => ("ongeldige-json", "De inhoud is geen geldige JSON voor deze operatie, of bevat een onbekend veld of een waarde van het verkeerde type."),
        };
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProbleemTypen.OngeldigeInvoer,
            Title = "De invoer is ongeldig.",
            Detail = melding,
        };
        details.Extensions["errors"] = new[] { new ProbleemFout(code, melding, pointer, Parameter: null) };
        return details;
    }

    /// <summary>How long a client waits before it retries while the database cannot be reached.</summary>
    private const int WachtSeconden = 5;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unreachable for {Method} {Path}; answered 503")]
    private static partial void LogDatabaseOnbereikbaar(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception for {Method} {Path}")]
    private static partial void LogOnverwacht(ILogger logger, Exception exception, string method, string path);
}
