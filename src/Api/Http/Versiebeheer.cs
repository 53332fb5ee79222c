using System.Globalization;
using PassendOnderwijs.Application.Common;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// Optimistic concurrency over HTTP (RFC 9110 §13.1.1), the same for every versioned resource: its version is its
/// ETag, a change names the version it was based on in If-Match (the use case answers 428 without it and 412 when it
/// is stale, see <see cref="Versiecontrole"/>), and every answer carries the version it ends with
/// (<see cref="Problemen.ResultaatNaarHttp"/>). Only a strong, quoted version counts; anything else that is sent can
/// never match, so the change is refused rather than applied blindly.
/// </summary>
internal static class Versiebeheer
{
    public const long PastNooit = -1;

    public static long? UitIfMatch(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var waarde = request.Headers.IfMatch.ToString().Trim();
        if (waarde.Length == 0)
        {
            return null;
        }

        return waarde.Length is > 2 and < 22 && waarde[0] == '"' && waarde[^1] == '"'
            && long.TryParse(waarde.AsSpan(1, waarde.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var versie)
                ? versie
                : PastNooit;
    }
}
