using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace PassendOnderwijs.Infrastructure.Identiteit.TokenStatus;

/// <summary>
/// Takes the place of OpenIddict's token entry validation (which reads the entry from the database on every request):
/// an access token is accepted only while its stored entry is valid, so revoking a koppeling, renewing its secret or
/// deactivating a user stops their tokens at once. The status comes from <see cref="TokenStatusCache"/> when it can
/// answer, and from the database otherwise.
/// </summary>
/// <remarks>Resolved per request, with the request's services: the token manager (and its DbContext) only when the
/// database must be asked.</remarks>
internal sealed class ControleerTokenStatus(TokenStatusCache cache, IServiceProvider services) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseScopedHandler<ControleerTokenStatus>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateTokenEntry.Descriptor.Order)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal is null)
        {
            return;
        }

        // This server stores every token it issues, so a token without an entry is not one of ours to accept.
        var tokenId = context.Principal.GetTokenId();
        if (string.IsNullOrEmpty(tokenId) || !(cache.Zoek(tokenId) ?? await LeesAsync(context, tokenId).ConfigureAwait(false)))
        {
            context.Reject(error: Errors.InvalidToken, description: "Dit token is ingetrokken of niet meer geldig.");
        }
    }

    private async Task<bool> LeesAsync(ValidateTokenContext context, string tokenId)
    {
        var generatie = cache.Generatie;
        var tokens = services.GetRequiredService<IOpenIddictTokenManager>();
        var token = await tokens.FindByIdAsync(tokenId, context.CancellationToken).ConfigureAwait(false);
        var info = token is null
            ? new TokenStatusInfo(Geldig: false, Applicatie: null, Onderwerp: null)
            : new TokenStatusInfo(
                // A stored reference token's payload used as a plain token would mean that payload leaked.
                await tokens.HasStatusAsync(token, Statuses.Valid, context.CancellationToken).ConfigureAwait(false)
                    && string.IsNullOrEmpty(await tokens.GetReferenceIdAsync(token, context.CancellationToken).ConfigureAwait(false)),
                await tokens.GetApplicationIdAsync(token, context.CancellationToken).ConfigureAwait(false),
                await tokens.GetSubjectAsync(token, context.CancellationToken).ConfigureAwait(false));
        cache.Bewaar(tokenId, info, generatie, context.Principal!.GetExpirationDate());
        return info.Geldig;
    }
}
