using System.Diagnostics;

namespace PassendOnderwijs.Api.Telemetrie;

/// <summary>
/// Makes sure every request has an activity, so its traceId is a W3C trace id that continues the caller's
/// <c>traceparent</c>. ASP.NET Core starts one only when something listens (a logger enabled for its hosting category,
/// a diagnostic listener or OpenTelemetry); with logging turned down and telemetry off there would be none, and the
/// problem's traceId would fall back to a connection-based id that matches nothing the caller knows. When ASP.NET Core
/// did start one, this does nothing.
/// </summary>
internal sealed class VerzoekActiviteitMiddleware(RequestDelegate next)
{
    /// <summary>The name ASP.NET Core gives its own request activity; ours stands in for it.</summary>
    private const string Naam = "Microsoft.AspNetCore.Hosting.HttpRequestIn";

    public async Task InvokeAsync(HttpContext context)
    {
        if (Activity.Current is not null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        using var activiteit = new Activity(Naam);
        DistributedContextPropagator.Current.ExtractTraceIdAndState(
            context.Request.Headers,
            static (drager, naam, out waarde, out waarden) =>
            {
                waarden = null;
                waarde = drager is IHeaderDictionary headers && headers.TryGetValue(naam, out var gevonden) ? gevonden.ToString() : null;
            },
            out var ouder,
            out var toestand);
        if (!string.IsNullOrEmpty(ouder))
        {
            activiteit.SetParentId(ouder);
            activiteit.TraceStateString = toestand;
        }

        activiteit.Start();
        await next(context).ConfigureAwait(false);
    }
}
