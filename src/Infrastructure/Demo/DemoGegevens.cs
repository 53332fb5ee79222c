using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using ApiScopes = PassendOnderwijs.Application.Common.Autorisatie.Scopes;
using PassendOnderwijs.Infrastructure.Identiteit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// Demo data for local use, loaded only when Demo:Aan is true (./run.sh sets it). None of it exists in an
/// installation that does not ask for it. Idempotent.
/// </summary>
public static class DemoGegevens
{
    public const string LasClientId = "demo-las";
    public const string StandaardLasClientGeheim = "demo-las-geheim-alleen-lokaal";
    public const string DemoSamenwerkingsverband = "PO2705";

    public static bool IsAan(IConfiguration configuratie) => configuratie.GetValue("Demo:Aan", defaultValue: false);

    public static async Task LaadAsync(IServiceProvider services, IConfiguration configuratie, CancellationToken ct)
    {
        if (!IsAan(configuratie))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var applicaties = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await applicaties.FindByClientIdAsync(LasClientId, ct).ConfigureAwait(false) is not null)
        {
            return;
        }

        var client = new OpenIddictApplicationDescriptor
        {
            ClientId = LasClientId,
            ClientSecret = configuratie["Demo:LasClientGeheim"] ?? StandaardLasClientGeheim,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Demo LAS (leerlingadministratie van de demoscholen)",
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + ApiScopes.AanbiedersLezen,
                Permissions.Prefixes.Scope + ApiScopes.ArrangementenLezen,
            },
        };
        client.Properties[PoClaims.Samenwerkingsverband] = JsonSerializer.SerializeToElement(DemoSamenwerkingsverband);
        await applicaties.CreateAsync(client, ct).ConfigureAwait(false);
    }
}
