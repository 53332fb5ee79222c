using System.Globalization;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// Optimistic concurrency over HTTP (RFC 9110 §13.1.1): a versioned resource's ETag is its version, and a change
/// names the version it was based on in If-Match. Only a strong, quoted version counts; anything else that is sent
/// can never match, so the change is refused rather than applied blindly.
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

    public static string AlsEtag(long versie) => string.Create(CultureInfo.InvariantCulture, $"\"{versie}\"");
}

/// <summary>Endpoint metadata: this change requires If-Match (documented in the contract with 412 and 428).</summary>
internal sealed record VersieVereist;
