using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace PassendOnderwijs.Infrastructure.Identiteit.ClientAsserties;

/// <summary>
/// A token request for a scope the client was not granted is invalid_scope (RFC 6749 §5.2: "exceeds the scope
/// granted by the resource owner"). OpenIddict's own check answers invalid_request; this one runs just before it
/// with the same rule, so that one only remains as a second line.
/// </summary>
internal sealed class WeigerNietToegekendeScope(IOpenIddictApplicationManager applicaties) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .Import(OpenIddictServerHandlers.Exchange.ValidateScopePermissions.Descriptor)
            .UseScopedHandler<WeigerNietToegekendeScope>()
            .SetOrder(OpenIddictServerHandlers.Exchange.ValidateScopePermissions.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrEmpty(context.ClientId)
            || await applicaties.FindByClientIdAsync(context.ClientId, context.CancellationToken).ConfigureAwait(false) is not { } applicatie)
        {
            return;
        }

        // openid and offline_access are no permissions of their own in OpenIddict; its other handlers judge them.
        foreach (var scope in context.Request.GetScopes().Where(s => s is not (Scopes.OpenId or Scopes.OfflineAccess)))
        {
            if (!await applicaties.HasPermissionAsync(applicatie, Permissions.Prefixes.Scope + scope, context.CancellationToken).ConfigureAwait(false))
            {
                context.Reject(error: Errors.InvalidScope, description: $"Deze client heeft de scope '{scope}' niet gekregen.");
                return;
            }
        }
    }
}
