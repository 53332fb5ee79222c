using System.Diagnostics;

namespace PassendOnderwijs.Api.Telemetrie;

/// <summary>
/// The one correlation id of a request: the W3C trace id (32 hex digits) of its activity. It is what a problem body
/// calls traceId, what the audit log records and what the JSON log lines carry in their scope, so an operator can go
/// from a user's "Referentie" to the log lines and, with telemetry on, to the trace.
/// </summary>
internal static class Spoor
{
    public static string Id(HttpContext? http) =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } activiteit
            ? activiteit.TraceId.ToHexString()
            : Activity.Current?.Id ?? http?.TraceIdentifier ?? string.Empty;
}
