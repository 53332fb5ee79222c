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

    /// <summary>The ambulant begeleider of a demo aanbieder: outside the school and the SWV, so Sanne's data only with Karin's consent.</summary>
    public const string Begeleider = "begeleider@demo.passendonderwijs.nl";

    private const string BegeleiderAanbieder = "202B001";

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

    /// <summary>
    /// Bas Bakker, ambulant begeleider of Klankkast Ambulante Dienst (an aanbieder in the register), is marked external
    /// and made betrokkene of Sanne by the SWV's medewerker. Karin has not given consent yet, so until she does (in the
    /// portal: Wie mag meekijken) he does not see Sanne. Also for a demo database from before: each part only once.
    /// </summary>
    public static async Task LaadExterneBegeleiderAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swv = SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        var accounts = await db.Gebruikers.IgnoreQueryFilters()
            .Where(g => g.Samenwerkingsverband == swv && (g.Rol == Rol.Expert || g.Rol == Rol.SwvMedewerker)).ToListAsync(ct).ConfigureAwait(false);
        var begeleider = accounts.Find(g => g.Email.Waarde == Begeleider);
        var medewerker = accounts.Find(g => g.Rol == Rol.SwvMedewerker);
        var sanne = await db.Leerlingen.IgnoreQueryFilters()
            .FirstOrDefaultAsync(l => l.Samenwerkingsverband == swv && l.Voornaam == "Sanne" && l.Achternaam == "de Vries", ct).ConfigureAwait(false);
        if (begeleider is null || medewerker is null || sanne is null)
        {
            return;
        }

        if (!begeleider.IsExtern)
        {
            var aanbieder = await db.Onderwijsbegeleidingsaanbieders.AsNoTracking().Where(o => o.Code == Domain.Begeleidingsaanbod.ObaCode.Parse(BegeleiderAanbieder, "code").Waarde)
                .Select(o => o.Naam).FirstOrDefaultAsync(ct).ConfigureAwait(false);
            begeleider.ZetExterneOrganisatie(aanbieder ?? "Klankkast Ambulante Dienst", aanbieder is null ? null : BegeleiderAanbieder);
        }

        if (!await db.Betrokkenen.IgnoreQueryFilters().AnyAsync(b => b.ExpertId == begeleider.Id.Waarde && b.LeerlingId == sanne.Id, ct).ConfigureAwait(false))
        {
            var klok = services.GetRequiredService<TimeProvider>();
            var vandaag = Application.Common.Tijd.NederlandseTijd.Vandaag(klok);
            var betrokken = Domain.Leerlingen.Betrokkene.VoegToe(
                sanne, begeleider, "Ambulante begeleiding bij horen en communiceren, in de klas en met de leerkracht.", vandaag.AddDays(300),
                new Actor(medewerker.Id.Waarde.ToString(), medewerker.Naam), klok.GetUtcNow(), vandaag);
            if (betrokken.Lukt(out var betrokkene))
            {
                db.Betrokkenen.Add(betrokkene);
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
