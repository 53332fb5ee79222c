using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Ouders;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// Two families at De Regenboog for the parent portal: Karin de Vries, Sanne's mother (Sanne's OPP has two versions),
/// and Peter Jansen, Daan's father (Daan's OPP waits for instemming; his TLV was refused and objected to). Linked by
/// the demo IB'er, as a school does; the accounts are in <see cref="DemoGegevens.Gebruikers"/>.
/// </summary>
internal static class DemoOuders
{
    public const string Karin = "ouder@demo.passendonderwijs.nl";
    public const string Peter = "ouder2@demo.passendonderwijs.nl";

    private static readonly (string Email, string Voornaam, string Achternaam)[] Kinderen =
    [
        (Karin, "Sanne", "de Vries"),
        (Peter, "Daan", "Jansen"),
    ];

    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swv = SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        if (await db.Vertegenwoordigingen.IgnoreQueryFilters().AnyAsync(v => v.Samenwerkingsverband == swv, ct).ConfigureAwait(false))
        {
            return;
        }

        var accounts = await db.Gebruikers.IgnoreQueryFilters()
            .Where(g => g.Samenwerkingsverband == swv && (g.Rol == Rol.Ouder || g.Rol == Rol.SchoolMedewerker)).ToListAsync(ct).ConfigureAwait(false);
        var ib = accounts.Find(g => g.Email.Waarde == DemoGegevens.IbEmail);
        var leerlingen = await db.Leerlingen.IgnoreQueryFilters().Where(l => l.Samenwerkingsverband == swv).ToListAsync(ct).ConfigureAwait(false);
        if (ib is null)
        {
            return;
        }

        var nu = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var door = new Actor(ib.Id.Waarde.ToString(), ib.Naam);
        foreach (var (email, voornaam, achternaam) in Kinderen)
        {
            var ouder = accounts.Find(g => g.Email.Waarde == email);
            var kind = leerlingen.Find(l => l.Voornaam == voornaam && l.Achternaam == achternaam);
            if (ouder is not null && kind is not null && Vertegenwoordiging.LegVast(kind, ouder, door, nu.AddDays(-30)).Lukt(out var link))
            {
                db.Vertegenwoordigingen.Add(link);
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
