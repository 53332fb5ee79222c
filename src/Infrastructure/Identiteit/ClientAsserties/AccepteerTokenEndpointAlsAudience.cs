using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace PassendOnderwijs.Infrastructure.Identiteit.ClientAsserties;

/// <summary>
/// RFC 7523 §3 lets a client assertion name the token endpoint URL as its audience, as many client libraries do;
/// OpenIddict accepts only the issuer. Both are this server, at the configured public address (PubliekeUrl, which
/// is the issuer), never at what a request's Host header says.
/// </summary>
internal sealed class AccepteerTokenEndpointAlsAudience : IOpenIddictServerHandler<ValidateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseSingletonHandler<AccepteerTokenEndpointAlsAudience>()
            .SetOrder(OpenIddictServerHandlers.Protection.ValidateAudiences.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(ValidateTokenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // An empty list means "any audience": adding to it would narrow what OpenIddict accepts, not widen it.
        if (!context.ValidTokenTypes.Contains(TokenTypeIdentifiers.Private.ClientAssertion) || context.ValidAudiences.Count == 0
            || (context.Options.Issuer ?? context.BaseUri) is not { } basis)
        {
            return ValueTask.CompletedTask;
        }

        foreach (var pad in context.Options.TokenEndpointUris)
        {
            context.ValidAudiences.Add((pad.IsAbsoluteUri ? pad : new Uri(basis, pad)).AbsoluteUri);
        }

        return ValueTask.CompletedTask;
    }
}
