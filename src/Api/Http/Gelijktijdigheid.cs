using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Problemen;

namespace PassendOnderwijs.Api.Http;

/// <summary>Configuration section "Gelijktijdigheid": how many API requests run at once; the rest wait their turn.</summary>
internal sealed class GelijktijdigheidOpties
{
    /// <summary>Requests that run at once; 0 means three per processor core (measured: README, "Requests at once").</summary>
    public int Maximaal { get; set; }

    /// <summary>Requests that may wait for a turn; beyond that a request is refused with 503.</summary>
    public int Wachtrij { get; set; } = 10_000;

    public int MaximaalVoor(int kernen) => Maximaal > 0 ? Maximaal : 3 * Math.Max(1, kernen);
}

/// <summary>
/// Lets a bounded number of requests to /api and /connect run at once and queues the rest in order of arrival. On two
/// cores, 32 list requests at once do not finish sooner than a few: they hold 32 pages in memory together, so more of
/// them survive a garbage collection, and they take turns on the cores. Too few at once leaves the cores idle while
/// requests wait for PostgreSQL; three per core served both the register's pages and the national reads (README).
/// Waiting in the queue costs no thread. Health checks, the SPA and its sign-in pages are not queued, so a load
/// balancer and a person see the instance at once.
/// </summary>
internal sealed class GelijktijdigheidMiddleware(RequestDelegate next, GelijktijdigheidOpties opties, ConcurrencyLimiter limiet)
{
    /// <summary>One gate per instance, disposed with the host's services.</summary>
    public static ConcurrencyLimiter Maak(GelijktijdigheidOpties opties) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = opties.MaximaalVoor(Environment.ProcessorCount),
        QueueLimit = opties.Wachtrij,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problemen)
    {
        var pad = context.Request.Path;
        if (!pad.StartsWithSegments("/api", StringComparison.Ordinal) && !pad.StartsWithSegments("/connect", StringComparison.Ordinal))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        using var beurt = await limiet.AcquireAsync(1, context.RequestAborted).ConfigureAwait(false);
        if (beurt.IsAcquired)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "1";
        await problemen.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Type = ProbleemTypen.Voor("tijdelijk-niet-beschikbaar"),
                Title = "De dienst is tijdelijk niet beschikbaar.",
                Detail = string.Create(CultureInfo.InvariantCulture, $"Er wachten al {opties.Wachtrij} verzoeken en er is niets gewijzigd. Probeer het over een seconde opnieuw."),
            },
        }).ConfigureAwait(false);
    }

}
