using System.Text.Json;
using OpenIddict.Abstractions;
using PassendOnderwijs.Application.Webhooks;
using PassendOnderwijs.Infrastructure.Identiteit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PassendOnderwijs.Infrastructure.Webhooks;

/// <summary>A koppeling's rights as its OpenIddict application has them now (the same properties KoppelingRegister writes).</summary>
internal sealed class KoppelingRechtenOpenIddict(IOpenIddictApplicationManager applicaties) : IKoppelingRechten
{
    public async Task<IReadOnlyDictionary<string, KoppelingRechten>> VanAsync(IReadOnlyCollection<string> clientIds, CancellationToken ct)
    {
        var rechten = new Dictionary<string, KoppelingRechten>(StringComparer.Ordinal);
        foreach (var clientId in clientIds)
        {
            if (await applicaties.FindByClientIdAsync(clientId, ct).ConfigureAwait(false) is not { } applicatie)
            {
                continue;
            }

            var eigenschappen = await applicaties.GetPropertiesAsync(applicatie, ct).ConfigureAwait(false);
            if (!eigenschappen.TryGetValue(PoClaims.Samenwerkingsverband, out var swv) || swv.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var scopes = (await applicaties.GetPermissionsAsync(applicatie, ct).ConfigureAwait(false))
                .Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                .Select(p => p[Permissions.Prefixes.Scope.Length..])
                .ToList();
            rechten[clientId] = new KoppelingRechten(clientId, swv.GetString()!, scopes, PoClaims.LeesVestigingen(eigenschappen));
        }

        return rechten;
    }
}
