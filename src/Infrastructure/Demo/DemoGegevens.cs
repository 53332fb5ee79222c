using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using ApiScopes = PassendOnderwijs.Application.Common.Autorisatie.Scopes;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Schooljaren;
using PassendOnderwijs.Infrastructure.Identiteit;
using PassendOnderwijs.Infrastructure.Persistence;
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

    public const string StandaardWachtwoord = "Demo-wachtwoord-2026!";

    /// <summary>
    /// One demo user per role (two deskundigen, as a TLV needs two advices from different people), all of SWV PO2705
    /// but the platform's own roles (register- and platform-beheerder), which belong to no samenwerkingsverband; the
    /// school-medewerker works at vestiging 12AB00.
    /// </summary>
    public static IReadOnlyList<(string Email, string Naam, Rol Rol, string[] Vestigingen)> Gebruikers { get; } =
    [
        ("beheerder@demo.passendonderwijs.nl", "Bea Beheer", Rol.SwvBeheerder, []),
        ("medewerker@demo.passendonderwijs.nl", "Mo Medewerker", Rol.SwvMedewerker, []),
        ("ib@demo.passendonderwijs.nl", "Ilse de IB'er", Rol.SchoolMedewerker, ["12AB00"]),
        ("expert@demo.passendonderwijs.nl", "Eva Expert", Rol.Expert, []),
        ("deskundige@demo.passendonderwijs.nl", "Dirk Deskundige", Rol.Deskundige, []),
        ("deskundige2@demo.passendonderwijs.nl", "Petra Peters", Rol.Deskundige, []),
        ("register@demo.passendonderwijs.nl", "Rik Register", Rol.RegisterBeheerder, []),
        ("platform@demo.passendonderwijs.nl", "Pia Platform", Rol.PlatformBeheerder, []),
    ];

    public static bool IsAan(IConfiguration configuratie) => configuratie.GetValue("Demo:Aan", defaultValue: false);

    public static async Task LaadAsync(IServiceProvider services, IConfiguration configuratie, CancellationToken ct)
    {
        if (!IsAan(configuratie))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        await LaadGebruikersAsync(scope.ServiceProvider, configuratie, ct).ConfigureAwait(false);
        await LaadAanbiedersAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoOrganisaties.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoDeskundigen.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoToelaatbaarheidsverklaringen.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoOntwikkelingsperspectiefplannen.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
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
        client.Properties[PoClaims.Vestigingen] = JsonSerializer.SerializeToElement(new[] { DemoOrganisaties.EigenVestiging });
        await applicaties.CreateAsync(client, ct).ConfigureAwait(false);
    }

    private static async Task LaadAanbiedersAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        if (await db.Onderwijsbegeleidingsaanbieders.AnyAsync(ct).ConfigureAwait(false))
        {
            return;
        }

        var leerjaar = Schooljaar.Op(DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));
        db.Onderwijsbegeleidingsaanbieders.AddRange(DemoAanbieders.Maak(leerjaar.Beginjaar));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    private static async Task LaadGebruikersAsync(IServiceProvider services, IConfiguration configuratie, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var hasher = services.GetRequiredService<IWachtwoordHasher>();
        var wachtwoord = configuratie["Demo:Wachtwoord"] ?? StandaardWachtwoord;
        var bestaand = await db.Gebruikers.IgnoreQueryFilters().Select(g => g.Email).ToListAsync(ct).ConfigureAwait(false);
        foreach (var (email, naam, rol, vestigingen) in Gebruikers.Where(g => !bestaand.Exists(e => e.Waarde == g.Email)))
        {
            // The platform's roles stand above the tenants and belong to none.
            var swv = rol.HoortBijGeenSamenwerkingsverband() ? null : DemoSamenwerkingsverband;
            db.Gebruikers.Add(Gebruiker.Registreer(email, naam, rol, swv, vestigingen, hasher.Hash(wachtwoord)).Waarde);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
