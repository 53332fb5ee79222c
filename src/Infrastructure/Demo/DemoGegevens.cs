using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Schooljaren;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// Demo data for local use, loaded only when Demo:Aan is true (./run.sh sets it). None of it exists in an
/// installation that does not ask for it. Idempotent.
/// </summary>
public static class DemoGegevens
{
    public const string LasClientId = "demo-las";
    public const string StandaardLasClientGeheim = "demo-las-geheim-alleen-lokaal";
    public const string LasVoClientId = "demo-las-vo";
    public const string StandaardLasVoClientGeheim = "demo-las-vo-geheim-alleen-lokaal";
    public const string DemoSamenwerkingsverband = "PO2705";
    public const string VoSamenwerkingsverband = "VO2705";

    public const string StandaardWachtwoord = "Demo-wachtwoord-2026!";

    /// <summary>
    /// One demo user per role (two deskundigen, as a TLV needs two advices from different people), all of SWV PO2705
    /// but the platform's own roles (register- and platform-beheerder), which belong to no samenwerkingsverband; the
    /// school-medewerker works at vestiging 12AB00. Olga works at the OSO test school, so a person can hand over the
    /// official OSO example dossiers; the VO tenant has its own beheerder, medewerker and IB'er, and Otto at the OSO test
    /// school there hands over the VOSWV examples (an account belongs to one samenwerkingsverband, so Olga cannot).
    /// </summary>
    public static IReadOnlyList<(string Email, string Naam, Rol Rol, string? Samenwerkingsverband, string[] Vestigingen)> Gebruikers { get; } =
    [
        ("beheerder@demo.passendonderwijs.nl", "Bea Beheer", Rol.SwvBeheerder, DemoSamenwerkingsverband, []),
        ("medewerker@demo.passendonderwijs.nl", "Mo Medewerker", Rol.SwvMedewerker, DemoSamenwerkingsverband, []),
        (IbEmail, "Ilse de IB'er", Rol.SchoolMedewerker, DemoSamenwerkingsverband, [DemoOrganisaties.EigenVestiging]),
        ("ib-oso@demo.passendonderwijs.nl", "Olga Overdracht", Rol.SchoolMedewerker, DemoSamenwerkingsverband, [DemoOrganisaties.OsoTestschool]),
        ("expert@demo.passendonderwijs.nl", "Eva Expert", Rol.Expert, DemoSamenwerkingsverband, []),
        (ProcesbegeleiderEmail, "Pim Procesbegeleider", Rol.SwvMedewerker, DemoSamenwerkingsverband, []),
        (BeleidsmedewerkerEmail, "Bella Beleid", Rol.SwvMedewerker, DemoSamenwerkingsverband, []),
        (ManagerEmail, "Mila Manager", Rol.SwvMedewerker, DemoSamenwerkingsverband, []),
        ("deskundige@demo.passendonderwijs.nl", "Dirk Deskundige", Rol.Deskundige, DemoSamenwerkingsverband, []),
        ("deskundige2@demo.passendonderwijs.nl", "Petra Peters", Rol.Deskundige, DemoSamenwerkingsverband, []),
        ("beheerder-vo@demo.passendonderwijs.nl", "Vera van Vliet", Rol.SwvBeheerder, VoSamenwerkingsverband, []),
        ("medewerker-vo@demo.passendonderwijs.nl", "Victor Verhoeven", Rol.SwvMedewerker, VoSamenwerkingsverband, []),
        ("ib-vo@demo.passendonderwijs.nl", "Inge Vermeulen", Rol.SchoolMedewerker, VoSamenwerkingsverband, [DemoVoOrganisaties.DemoCollege]),
        ("ib-oso-vo@demo.passendonderwijs.nl", "Otto Overdracht", Rol.SchoolMedewerker, VoSamenwerkingsverband, [DemoOrganisaties.OsoTestschool]),
        ("register@demo.passendonderwijs.nl", "Rik Register", Rol.RegisterBeheerder, null, []),
        ("platform@demo.passendonderwijs.nl", "Pia Platform", Rol.PlatformBeheerder, null, []),
        (DemoOuders.Karin, "Karin de Vries", Rol.Ouder, DemoSamenwerkingsverband, []),
        (DemoOuders.Peter, "Peter Jansen", Rol.Ouder, DemoSamenwerkingsverband, []),
        (DemoOuders.Begeleider, "Bas Bakker", Rol.Expert, DemoSamenwerkingsverband, []),
    ];

    /// <summary>The regionaal procesbegeleider of regio Noord (the regional portfolio, seed 004).</summary>
    internal const string ProcesbegeleiderEmail = "procesbegeleider@demo.passendonderwijs.nl";

    /// <summary>The beleidsmedewerker who keeps the middelen, projecten and the portfolio evaluation.</summary>
    internal const string BeleidsmedewerkerEmail = "beleid@demo.passendonderwijs.nl";

    /// <summary>The manager ondersteuning, the only one who reads single answers of a tevredenheidsonderzoek.</summary>
    internal const string ManagerEmail = "manager@demo.passendonderwijs.nl";

    /// <summary>The IB'er of De Regenboog (12AB00), who requests the demo TLV's and writes the demo OPP's.</summary>
    internal const string IbEmail = "ib@demo.passendonderwijs.nl";

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
        await DemoOrganisaties.LaadOsoTestschoolAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoVoOrganisaties.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoVoOrganisaties.LaadOsoTestschoolAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoDeskundigen.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoToelaatbaarheidsverklaringen.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoOntwikkelingsperspectiefplannen.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoAanmeldingen.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoOuders.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoDocumenten.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoPortfolio.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        // The cases first: each demo inzet comes from the case whose outcome was the inzet of an expert.
        await DemoCasuistiek.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoExpertinzet.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoOuders.LaadExterneBegeleiderAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoMiddelen.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoTevredenheid.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoLeerlingaantallen.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        // The current thuiszitters before the history's: their loader stops when the register has any entry.
        await DemoThuiszitters.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoBeleidsgeschiedenis.LaadAsync(scope.ServiceProvider, ct).ConfigureAwait(false);
        await DemoLasClients.LaadAsync(scope.ServiceProvider, configuratie, ct).ConfigureAwait(false);
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
        foreach (var (email, naam, rol, swv, vestigingen) in Gebruikers.Where(g => !bestaand.Exists(e => e.Waarde == g.Email)))
        {
            db.Gebruikers.Add(Gebruiker.Registreer(email, naam, rol, swv, vestigingen, hasher.Hash(wachtwoord)).Waarde);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
