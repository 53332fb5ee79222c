using System.Globalization;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace PassendOnderwijs.Infrastructure.Identiteit.ClientAsserties;

/// <summary>
/// What OpenIddict does not check in a private_key_jwt client assertion (RFC 7523 §3): that it lives briefly and
/// is used once. Runs after OpenIddict has checked the signature (with the koppeling's registered keys), issuer,
/// subject and audience and found the client, so only a genuine assertion of this client gets this far and can use
/// up its jti.
/// </summary>
internal sealed class ControleerClientAssertie(GebruikteClientAsserties gebruikt) : IOpenIddictServerHandler<ProcessAuthenticationContext>
{
    /// <summary>
    /// The longest an assertion may live. A stolen assertion is usable for at most this long, and its jti needs to be
    /// remembered only this long; a client makes a new one for every token request anyway.
    /// </summary>
    public static readonly TimeSpan MaximaleLevensduur = TimeSpan.FromMinutes(5);

    /// <summary>How far the client's clock may be ahead of ours.</summary>
    public static readonly TimeSpan KlokAfwijking = TimeSpan.FromMinutes(1);

    private static readonly string TeLang =
        $"Een client assertion mag hoogstens {MaximaleLevensduur.TotalMinutes.ToString(CultureInfo.InvariantCulture)} minuten geldig zijn (exp).";

    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ProcessAuthenticationContext>()
            .AddFilter<OpenIddictServerHandlerFilters.RequireClientAssertionPrincipal>()
            .UseScopedHandler<ControleerClientAssertie>()
            .SetOrder(OpenIddictServerHandlers.ValidateClientId.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ProcessAuthenticationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var assertie = context.ClientAssertionPrincipal!;
        var nu = context.Options.TimeProvider.GetUtcNow();
        var verloopt = Tijdstip(assertie.GetClaim(Claims.ExpiresAt));
        var uitgegeven = Tijdstip(assertie.GetClaim(Claims.IssuedAt));
        var jti = assertie.GetClaim(Claims.JwtId);
        var clientId = assertie.GetClaim(Claims.Issuer);

        var fout = (verloopt, uitgegeven) switch
        {
            (null, _) => "De client assertion heeft geen geldige exp.",
            (_, { } iat) when iat > nu + KlokAfwijking => "De iat van de client assertion ligt in de toekomst.",

            // Measured from iat when the client says when it made the assertion, else from now (on our clock, so the
            // client's clock may be a little ahead).
            ({ } exp, { } iat) when exp - iat > MaximaleLevensduur => TeLang,
            ({ } exp, null) when exp - nu > MaximaleLevensduur + KlokAfwijking => TeLang,
            _ when string.IsNullOrEmpty(jti) => "De client assertion heeft geen jti, dus hergebruik zou niet te herkennen zijn.",
            _ when jti.Length > GebruikteClientAssertie.MaximaleLengteJti => $"De jti van de client assertion is langer dan {GebruikteClientAssertie.MaximaleLengteJti} tekens.",
            _ when string.IsNullOrEmpty(clientId) => "De client assertion heeft geen iss.",
            _ => null,
        };
        if (fout is not null)
        {
            context.Reject(error: Errors.InvalidClient, description: fout);
            return;
        }

        // Remembered a little past exp, for a server clock that is behind the one that judged the exp.
        if (!await gebruikt.LegEersteGebruikVastAsync(clientId!, jti!, verloopt!.Value + KlokAfwijking, nu, context.CancellationToken).ConfigureAwait(false))
        {
            context.Reject(error: Errors.InvalidClient, description: "Deze client assertion (jti) is al gebruikt; maak voor elk verzoek een nieuwe.");
        }
    }

    /// <summary>A JWT NumericDate: seconds since 1970, possibly with a fraction.</summary>
    private static DateTimeOffset? Tijdstip(string? waarde) =>
        double.TryParse(waarde, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconden)
        && seconden is > 0 and < 253402300799
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconden * 1000))
            : null;
}
