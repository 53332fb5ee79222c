using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;
using PassendOnderwijs.Domain.Portfolio.Tevredenheid;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// Answered tevredenheidsonderzoeken of this school year's earlier inzetten, so the results have something to show: six
/// about Eva Expert (gedrag, regio Noord; enough for averages everyone may see) and two about Hanna Hoogland
/// (hoogbegaafdheid; too few, so only the manager ondersteuning sees their averages). The inzetten themselves were
/// before the demo's time: only the onderzoeken are here. The demo's own closed inzet (Noah's) gets the open onderzoek
/// its closing would have sent (the demo is stored without going through the outbox).
/// </summary>
internal static class DemoTevredenheid
{
    private static readonly (string Vestiging, string Regio, string Expert, Expertisegebied Gebied, int[] Scores, string? Toelichting)[] Antwoorden =
    [
        ("12AB00", "Noord", "expert@demo.passendonderwijs.nl", Expertisegebied.Gedrag, [5, 4, 4, 5, 3], "Praktische tips die de leerkracht meteen kon gebruiken."),
        ("12AB01", "Noord", "expert@demo.passendonderwijs.nl", Expertisegebied.Gedrag, [4, 4, 3, 4, 2], "Het duurde drie weken voor de expert kon starten."),
        ("12AB00", "Noord", "expert@demo.passendonderwijs.nl", Expertisegebied.Gedrag, [4, 5, 4, 4, 4], null),
        ("12AB01", "Noord", "expert@demo.passendonderwijs.nl", Expertisegebied.Gedrag, [5, 5, 5, 4, 3], "Fijn dat de expert ook met de ouders meedacht."),
        ("12AB00", "Noord", "expert@demo.passendonderwijs.nl", Expertisegebied.Gedrag, [3, 4, 4, 3, 4], null),
        ("12AB01", "Noord", "expert@demo.passendonderwijs.nl", Expertisegebied.Gedrag, [4, 4, 4, 5, 4], null),
        ("34CD00", "Zuid", "hoogbegaafdheid@demo.passendonderwijs.nl", Expertisegebied.Hoogbegaafdheid, [4, 3, 5, 4, 5], "Goede ideeën voor de plusklas."),
        ("56EF00", "Zuid", "hoogbegaafdheid@demo.passendonderwijs.nl", Expertisegebied.Hoogbegaafdheid, [3, 3, 4, 3, 4], null),
    ];

    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swv = SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        if (await db.Tevredenheidsonderzoeken.IgnoreQueryFilters().AnyAsync(o => o.Samenwerkingsverband == swv && o.BeantwoordOp != null, ct).ConfigureAwait(false))
        {
            return;
        }

        var experts = await db.Gebruikers.IgnoreQueryFilters().Where(g => g.Samenwerkingsverband == swv)
            .Select(g => new { g.Id, g.Email, g.Naam }).ToListAsync(ct).ConfigureAwait(false);
        var nu = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var dag = 0;
        foreach (var (vestiging, regio, email, gebied, scores, toelichting) in Antwoorden)
        {
            var expert = experts.Find(e => e.Email.Waarde == email);
            if (expert is null)
            {
                continue;
            }

            // Spread over the weeks since the school year began, each answered a few days after it was sent.
            var verstuurd = nu.AddDays(-(dag += 9));
            var onderzoek = Tevredenheidsonderzoek.Verstuur(
                swv, Guid.CreateVersion7(verstuurd), VestigingCode.Parse(vestiging).Waarde, regio, expert.Id.Waarde, expert.Naam, gebied, verstuurd);
            var antwoord = Enum.GetValues<Tevredenheidsvraag>().Zip(scores).ToDictionary(p => p.First, p => (int?)p.Second);
            onderzoek.Beantwoord(antwoord, toelichting, verstuurd.AddDays(3));
            db.Tevredenheidsonderzoeken.Add(onderzoek);
        }

        var afgesloten = await db.Expertinzetten.IgnoreQueryFilters()
            .Where(i => i.Samenwerkingsverband == swv && i.Status == ExpertinzetStatus.Afgesloten && i.ExpertId != null)
            .Where(i => !db.Tevredenheidsonderzoeken.IgnoreQueryFilters().Any(o => o.ExpertinzetId == i.Id))
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var inzet in afgesloten)
        {
            var regio = await db.Scholen.IgnoreQueryFilters().Where(s => s.Samenwerkingsverband == swv && s.Vestiging == inzet.Vestiging)
                .Select(s => s.Regio).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            db.Tevredenheidsonderzoeken.Add(Tevredenheidsonderzoek.Verstuur(
                swv, inzet.Id, inzet.Vestiging, regio ?? "Noord", inzet.ExpertId!.Value, inzet.ExpertNaam ?? "Eva Expert", inzet.Expertisegebied, nu.AddDays(-19)));
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
