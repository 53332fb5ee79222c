using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PassendOnderwijs.Infrastructure.Identiteit;

/// <summary>
/// The SPA as an OAuth client of the embedded server: public (a browser keeps no secret), authorization code with
/// PKCE only, redirect URIs on the origins in Spa:Herkomsten. Part of the product, not demo data; kept up to date
/// at every start so a changed origin takes effect.
/// </summary>
public static class SpaClient
{
    public const string ClientId = "passendonderwijs-spa";
    public const string TerugPad = "/aangemeld";

    public static async Task ZorgVoorAsync(IServiceProvider services, IConfiguration configuratie, CancellationToken ct)
    {
        var herkomsten = configuratie.GetSection("Spa:Herkomsten").Get<string[]>() ?? [];
        await using var scope = services.CreateAsyncScope();
        var applicaties = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = "PassendOnderwijs webapplicatie",
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile,
                Permissions.Scopes.Roles,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var herkomst in herkomsten.Select(h => new Uri(h.TrimEnd('/'))))
        {
            descriptor.RedirectUris.Add(new Uri(herkomst, TerugPad));
            descriptor.PostLogoutRedirectUris.Add(new Uri(herkomst, "/"));
        }

        var bestaand = await applicaties.FindByClientIdAsync(ClientId, ct).ConfigureAwait(false);
        if (bestaand is null)
        {
            await applicaties.CreateAsync(descriptor, ct).ConfigureAwait(false);
        }
        else
        {
            await applicaties.UpdateAsync(bestaand, descriptor, ct).ConfigureAwait(false);
        }
    }
}
