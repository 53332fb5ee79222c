using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Client;
using OpenIddict.Validation.AspNetCore;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Infrastructure.Identiteit.ClientAsserties;
using PassendOnderwijs.Infrastructure.Identiteit.TokenStatus;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Identiteit;

public static class IdentiteitRegistratie
{
    public const string TokenPad = "connect/token";
    public const string AutorisatiePad = "connect/authorize";
    public const string AfmeldPad = "connect/endsession";

    /// <summary>Where the external identity provider sends the browser back after the sign-in there.</summary>
    public const string ExternTerugPad = "inloggen/extern/terug";

    /// <summary>The registration of the external provider with the OpenIddict client (there is one).</summary>
    public const string ExterneAanbieder = "extern";

    /// <summary>
    /// The embedded OAuth2 authorization server (OpenIddict, stores in the API's own PostgreSQL) and the validation
    /// of its access tokens; or, when Auth:Authority is set, JWT validation against that external provider instead.
    /// </summary>
    public static IServiceCollection AddIdentiteit(this IServiceCollection services, IConfiguration configuratie)
    {
        var opties = configuratie.GetSection(AuthOpties.Sectie).Get<AuthOpties>() ?? new AuthOpties();
        services.AddSingleton(opties);
        services.AddGedeeldeDataProtection(opties);
        services.AddScoped<GebruikteClientAsserties>();
        services.AddTokenStatusCache(configuratie, opties);
        var openiddict = services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<PassendOnderwijsDbContext>());
        VoegExterneAanmeldingToe(services, openiddict, configuratie, opties);

        if (opties.Authority is not null)
        {
            services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
            {
                jwt.Authority = opties.Authority.ToString();
                jwt.Audience = opties.Audience;
                jwt.MapInboundClaims = false;
                jwt.RequireHttpsMetadata = opties.Authority.Scheme == Uri.UriSchemeHttps || !opties.StaHttpToe;
            });
            return services;
        }

        // The issuer is configured, never taken from the request: a forged Host header must not choose what tokens
        // and discovery call this server (the API refuses to start without it; see PubliekeUrl).
        var publiekeUrl = configuratie.GetValue<Uri?>(PubliekeUrl.Sleutel);
        openiddict.AddServer(server =>
        {
            if (publiekeUrl is not null)
            {
                server.SetIssuer(publiekeUrl);
            }

            server.SetTokenEndpointUris(TokenPad)
                .SetAuthorizationEndpointUris(AutorisatiePad)
                .SetEndSessionEndpointUris(AfmeldPad);
            server.AllowClientCredentialsFlow()
                .AllowAuthorizationCodeFlow()
                .RequireProofKeyForCodeExchange();
            server.RegisterScopes([OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.Profile, OpenIddictConstants.Scopes.Roles, .. Scopes.Alle]);
            server.SetAccessTokenLifetime(opties.AccessTokenLevensduur);

            // Where OpenIddict is more lenient (or less precise) than the RFCs: client assertions live briefly and
            // are used once, may name the token endpoint as audience, and a scope not granted is invalid_scope.
            server.AddEventHandler(ControleerClientAssertie.Descriptor)
                .AddEventHandler(AccepteerTokenEndpointAlsAudience.Descriptor)
                .AddEventHandler(WeigerNietToegekendeScope.Descriptor);

            // Signed JWTs, not encrypted ones, so a resource server or an external gateway can validate them too.
            server.DisableAccessTokenEncryption();
            if (opties.SleutelMap is null)
            {
                server.AddEphemeralSigningKey().AddEphemeralEncryptionKey();
            }
            else
            {
                server.AddSigningKey(SleutelBeheer.LaadOfMaak(opties.SleutelMap, "signing"));
                server.AddEncryptionKey(SleutelBeheer.LaadOfMaak(opties.SleutelMap, "encryption"));
            }

            var aspNet = server.UseAspNetCore()
                .EnableTokenEndpointPassthrough()
                .EnableAuthorizationEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough();
            if (opties.StaHttpToe)
            {
                aspNet.DisableTransportSecurityRequirement();
            }
        });
        openiddict.AddValidation(validatie =>
        {
            validatie.UseLocalServer();
            validatie.AddAudiences(opties.Audience);

            // Every access token is checked against its stored entry, so revoking a koppeling or renewing its secret
            // stops its tokens at once instead of when they expire; from a cache that notifications from the
            // database keep current, instead of a database lookup on every request (TokenStatusCache).
            validatie.AddEventHandler(ControleerTokenStatus.Descriptor);
            validatie.UseAspNetCore();
        });
        services.AddTokenStatusLuisteraar();
        services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        return services;
    }

    /// <summary>
    /// The OpenIddict client towards the external identity provider (Auth:Extern), when configured: the sign-in page
    /// then offers it beside the password. What the provider says of the person ends up in our own sign-in session,
    /// so the rest of the server (tokens, acr, the SPA) is the same however the person signed in.
    /// </summary>
    private static void VoegExterneAanmeldingToe(IServiceCollection services, OpenIddictBuilder openiddict, IConfiguration configuratie, AuthOpties opties)
    {
        // With Auth:Authority the whole sign-in is that provider's, and this server starts no sessions of its own.
        var aanbieder = opties.Authority is null
            ? configuratie.GetSection(ExterneAanmeldingOpties.Sectie).Get<ExterneAanmeldingOpties>() ?? new ExterneAanmeldingOpties()
            : new ExterneAanmeldingOpties();
        services.AddSingleton(aanbieder);
        if (!aanbieder.IsAan)
        {
            return;
        }

        openiddict.AddClient(client =>
        {
            client.AllowAuthorizationCodeFlow();
            client.SetRedirectionEndpointUris(ExternTerugPad);

            // The client's own state tokens are signed and encrypted like the server's, with the same keys: an
            // instance behind the load balancer reads what another one wrote.
            if (opties.SleutelMap is null)
            {
                client.AddEphemeralSigningKey().AddEphemeralEncryptionKey();
            }
            else
            {
                client.AddSigningKey(SleutelBeheer.LaadOfMaak(opties.SleutelMap, "signing"));
                client.AddEncryptionKey(SleutelBeheer.LaadOfMaak(opties.SleutelMap, "encryption"));
            }

            // Our own page tells what went wrong at the provider, in Dutch, instead of OpenIddict's bare error.
            var aspNet = client.UseAspNetCore().EnableRedirectionEndpointPassthrough().EnableErrorPassthrough();
            if (opties.StaHttpToe)
            {
                aspNet.DisableTransportSecurityRequirement();
            }

            client.UseSystemNetHttp();
            var registratie = new OpenIddictClientRegistration
            {
                Issuer = aanbieder.Uitgever,
                ProviderName = ExterneAanbieder,
                ProviderDisplayName = aanbieder.Naam,
                ClientId = aanbieder.ClientId,
                ClientSecret = aanbieder.ClientSecret,
                RedirectUri = new Uri(ExternTerugPad, UriKind.Relative),
            };
            registratie.Scopes.Add(OpenIddictConstants.Scopes.OpenId);
            registratie.Scopes.UnionWith(aanbieder.Scopes);
            client.AddRegistration(registratie);
        });
    }
}
