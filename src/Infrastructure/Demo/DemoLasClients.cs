using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Identiteit;
using PassendOnderwijs.Infrastructure.Persistence;
using static OpenIddict.Abstractions.OpenIddictConstants;
using ApiScopes = PassendOnderwijs.Application.Common.Autorisatie.Scopes;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// The demo LAS systems (client credentials with a secret from configuration): demo-las for De Regenboog and the OSO
/// test school in PO2705, demo-las-vo for Demo College and the OSO test school in VO2705. A client from an older demo keeps what it has and gets
/// the scopes and vestigingen it lacks; one that has them all is left alone, so a restart changes nothing.
/// </summary>
internal static class DemoLasClients
{
    private sealed record Las(
        string ClientId, string GeheimInstelling, string StandaardGeheim, string Naam, string Samenwerkingsverband, string[] Scopes, string[] Vestigingen);

    private static readonly Las[] Clients =
    [
        new(
            DemoGegevens.LasClientId,
            "Demo:LasClientGeheim",
            DemoGegevens.StandaardLasClientGeheim,
            "Demo LAS (leerlingadministratie van de demoscholen)",
            DemoGegevens.DemoSamenwerkingsverband,
            [ApiScopes.AanbiedersLezen, ApiScopes.ArrangementenLezen, ApiScopes.LeerlingenLezen, ApiScopes.LeerlingenKoppelen, ApiScopes.DossiersAanleveren],
            [DemoOrganisaties.EigenVestiging, DemoOrganisaties.OsoTestschool]),
        new(
            DemoGegevens.LasVoClientId,
            "Demo:LasVoClientGeheim",
            DemoGegevens.StandaardLasVoClientGeheim,
            "Demo LAS VO (leerlingadministratie van de VO-demoscholen)",
            DemoGegevens.VoSamenwerkingsverband,
            [ApiScopes.AanbiedersLezen, ApiScopes.ArrangementenLezen, ApiScopes.LeerlingenLezen, ApiScopes.LeerlingenKoppelen, ApiScopes.DossiersAanleveren],
            [DemoVoOrganisaties.DemoCollege, DemoOrganisaties.OsoTestschool]),
    ];

    public static async Task LaadAsync(IServiceProvider services, IConfiguration configuratie, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var applicaties = services.GetRequiredService<IOpenIddictApplicationManager>();
        var tenants = await db.Samenwerkingsverbanden.IgnoreQueryFilters().Select(s => s.Id).ToListAsync(ct).ConfigureAwait(false);
        foreach (var las in Clients)
        {
            var bestaand = await applicaties.FindByClientIdAsync(las.ClientId, ct).ConfigureAwait(false);
            if (bestaand is not null)
            {
                await VulAanAsync(applicaties, bestaand, las, ct).ConfigureAwait(false);
            }
            else if (las.ClientId == DemoGegevens.LasClientId || tenants.Contains(SwvCode.Parse(las.Samenwerkingsverband).Waarde))
            {
                // demo-las has always been created, whatever the organisations; a VO client without its tenant serves nothing.
                await applicaties.CreateAsync(Nieuw(las, configuratie[las.GeheimInstelling] ?? las.StandaardGeheim), ct).ConfigureAwait(false);
            }
        }
    }

    private static OpenIddictApplicationDescriptor Nieuw(Las las, string geheim)
    {
        var client = new OpenIddictApplicationDescriptor
        {
            ClientId = las.ClientId,
            ClientSecret = geheim,
            ClientType = ClientTypes.Confidential,
            DisplayName = las.Naam,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        client.Permissions.UnionWith(las.Scopes.Select(s => Permissions.Prefixes.Scope + s));
        client.Properties[PoClaims.Samenwerkingsverband] = JsonSerializer.SerializeToElement(las.Samenwerkingsverband);
        client.Properties[PoClaims.Vestigingen] = JsonSerializer.SerializeToElement(las.Vestigingen);
        return client;
    }

    private static async Task VulAanAsync(IOpenIddictApplicationManager applicaties, object bestaand, Las las, CancellationToken ct)
    {
        var descriptor = new OpenIddictApplicationDescriptor();
        await applicaties.PopulateAsync(descriptor, bestaand, ct).ConfigureAwait(false);
        var vestigingen = PoClaims.LeesVestigingen(descriptor.Properties);
        var ontbrekendeScopes = las.Scopes.Select(s => Permissions.Prefixes.Scope + s).Where(p => !descriptor.Permissions.Contains(p)).ToList();
        var ontbrekendeVestigingen = las.Vestigingen.Where(v => !vestigingen.Contains(v)).ToList();
        if (ontbrekendeScopes.Count == 0 && ontbrekendeVestigingen.Count == 0)
        {
            return;
        }

        descriptor.Permissions.UnionWith(ontbrekendeScopes);
        descriptor.Properties[PoClaims.Vestigingen] = JsonSerializer.SerializeToElement(vestigingen.Concat(ontbrekendeVestigingen).ToArray());
        await applicaties.UpdateAsync(bestaand, descriptor, ct).ConfigureAwait(false);
    }
}
