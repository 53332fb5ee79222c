using System.Security.Claims;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>
/// Scopes as providers put them in a token: OpenIddict one claim per scope, other providers one space-separated
/// "scope" claim, or "scp".
/// </summary>
internal static class ScopeClaims
{
    public static IReadOnlyList<string> Lees(ClaimsPrincipal principal) =>
        principal.Claims
            .Where(c => c.Type is "scope" or "scp")
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
