using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertboek;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// The regional portfolio of the demo, regio Noord filled like the handbook's region (seed 004): its offer of gedrag,
/// ZML-cognitie, hoogbegaafdheid, nieuwkomers/NT2, jonge kind, hechting/trauma and an orthopedagoog, carried by the
/// experts of its expertboek, one of whom also works in Zuid. The demo's procesbegeleider, beleidsmedewerker and
/// manager get their functies. All names are invented.
/// </summary>
internal static class DemoPortfolio
{
    /// <summary>Experts of the expertboek besides Eva Expert; they have no password, so nobody signs in as them.</summary>
    private static readonly (string Email, string Naam, Expertisegebied[] Gebieden, decimal Fte, Werkdag[] Dagen, string[] OokIn)[] Experts =
    [
        ("hoogbegaafdheid@demo.passendonderwijs.nl", "Hanna Hoogland", [Expertisegebied.Hoogbegaafdheid], 0.4m, [Werkdag.Dinsdag, Werkdag.Woensdag], []),
        ("nt2@demo.passendonderwijs.nl", "Nadia Nieuwkoop", [Expertisegebied.NieuwkomersNt2, Expertisegebied.JongeKind], 0.6m, [Werkdag.Maandag, Werkdag.Woensdag, Werkdag.Vrijdag], []),
        ("zml@demo.passendonderwijs.nl", "Zeno Zijlstra", [Expertisegebied.ZmlCognitie], 0.4m, [Werkdag.Donderdag, Werkdag.Vrijdag], ["Zuid"]),
        ("orthopedagoog@demo.passendonderwijs.nl", "Olaf Ortega", [Expertisegebied.Orthopedagogiek, Expertisegebied.Gedrag], 0.8m,
            [Werkdag.Maandag, Werkdag.Dinsdag, Werkdag.Donderdag, Werkdag.Vrijdag], []),
    ];

    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var code = Domain.Organisaties.SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        var swv = await db.Samenwerkingsverbanden.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Id == code, ct).ConfigureAwait(false);
        if (swv is null || await db.Expertprofielen.IgnoreQueryFilters().AnyAsync(p => p.Samenwerkingsverband == swv.Code, ct).ConfigureAwait(false))
        {
            return;
        }

        var mensen = await db.Gebruikers.IgnoreQueryFilters().Where(g => g.Samenwerkingsverband == swv.Code).ToListAsync(ct).ConfigureAwait(false);
        Gebruiker Account(string email) => mensen.Single(g => g.Email.Waarde == email);
        Account(DemoGegevens.ProcesbegeleiderEmail).ZetFuncties([Functie.RegionaalProcesbegeleider]);
        Account(DemoGegevens.BeleidsmedewerkerEmail).ZetFuncties([Functie.Beleidsmedewerker]);
        Account(DemoGegevens.ManagerEmail).ZetFuncties([Functie.ManagerOndersteuning]);

        db.Expertprofielen.Add(Expertprofiel.LegVast(swv, Account("expert@demo.passendonderwijs.nl").Id.Waarde, new(
            [Expertisegebied.Gedrag, Expertisegebied.HechtingTrauma], "Noord", 0.6m, [Werkdag.Maandag, Werkdag.Dinsdag, Werkdag.Donderdag], ["Zuid"],
            "Gedragsspecialist; coacht leerkrachten bij hechtingsproblematiek.")).Waarde);
        foreach (var (email, naam, gebieden, fte, dagen, ookIn) in Experts)
        {
            var expert = mensen.SingleOrDefault(g => g.Email.Waarde == email) ?? Gebruiker.Registreer(email, naam, Rol.Expert, swv.Code.Waarde, []).Waarde;
            if (!mensen.Contains(expert))
            {
                db.Gebruikers.Add(expert);
            }

            db.Expertprofielen.Add(Expertprofiel.LegVast(swv, expert.Id.Waarde, new(gebieden, "Noord", fte, dagen, ookIn, null)).Waarde);
        }

        db.Regioaanbod.Add(Regioaanbod.Stel(swv, "Noord", Enum.GetValues<Expertisegebied>()).Waarde);
        db.Regioaanbod.Add(Regioaanbod.Stel(swv, "Zuid", [Expertisegebied.Gedrag, Expertisegebied.ZmlCognitie]).Waarde);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
