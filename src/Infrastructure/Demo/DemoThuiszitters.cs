using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Thuiszitters;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// The demo's thuiszitters register, one entry for each thing the screens show: Noah, relatief verzuim past the aim of
/// 3 months; Daan, absoluut verzuim for three weeks; Sanne, who returned to her school within 3 months; Emma, a
/// vrijstelling (kept, never counted). Registered through the domain by the SWV's medewerker, with dates relative to
/// today. Loaded once; a demo that has entries keeps them. All names are invented.
/// </summary>
internal static class DemoThuiszitters
{
    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swvCode = SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        if (await db.Thuiszitters.IgnoreQueryFilters().AnyAsync(t => t.Samenwerkingsverband == swvCode, ct).ConfigureAwait(false))
        {
            return;
        }

        var leerlingen = await db.Leerlingen.IgnoreQueryFilters().Where(l => l.Samenwerkingsverband == swvCode).ToListAsync(ct).ConfigureAwait(false);
        var scholen = await db.Scholen.IgnoreQueryFilters().Where(s => s.Samenwerkingsverband == swvCode).ToListAsync(ct).ConfigureAwait(false);
        var medewerker = await db.Gebruikers.IgnoreQueryFilters()
            .FirstOrDefaultAsync(g => g.Samenwerkingsverband == swvCode && g.Rol == Rol.SwvMedewerker, ct).ConfigureAwait(false);
        if (medewerker is null)
        {
            return;
        }

        var nu = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var vandaag = NederlandseDatum.Van(nu);
        var door = new Actor(medewerker.Id.Waarde.ToString(), medewerker.Naam);
        Thuiszitter? Meld(string voornaam, Verzuimsoort soort, int dagenGeleden, Thuiszitreden? reden, Vrijstellingsgrond? grond, string? plan)
        {
            var leerling = leerlingen.Find(l => l.Voornaam == voornaam);
            if (leerling is null)
            {
                return null;
            }

            var regio = scholen.Find(s => s.Vestiging == leerling.Vestiging)?.Regio;
            var melding = new Thuiszittermelding(
                soort, vandaag.AddDays(-dagenGeleden), reden, grond, "Utrecht", "M. de Leeuw", "leerplicht@utrecht.example", plan,
                soort == Verzuimsoort.Vrijstelling ? null : "Terug naar een school in de regio, met ondersteuning.");
            return Thuiszitter.Meld(leerling, regio, melding, door, nu).Waarde;
        }

        var noah = Meld("Noah", Verzuimsoort.LangdurigRelatiefVerzuim, 130, Thuiszitreden.GeenPassendAanbod, null,
            "Gesprek met ouders en school; de commissie zoekt een plek in het speciaal basisonderwijs.");
        var daan = Meld("Daan", Verzuimsoort.AbsoluutVerzuim, 21, Thuiszitreden.WachtenOpPlek, null, "Inschrijven bij een school in de buurt.");
        var sanne = Meld("Sanne", Verzuimsoort.LangdurigRelatiefVerzuim, 150, Thuiszitreden.Schoolweigering, null,
            "Samen met jeugdhulp rustig opbouwen naar hele schooldagen.");
        var emma = Meld("Emma", Verzuimsoort.Vrijstelling, 200, null, Vrijstellingsgrond.Artikel5a, null);
        // Sanne went back to her own school 2 months after her first day of absence: well before the aim.
        var terug = sanne is null ? null : scholen.Find(s => s.Vestiging == sanne.Vestiging);
        sanne?.RegistreerTerugkeer(vandaag.AddDays(-90), terug, terug is null ? "School buiten het samenwerkingsverband" : null,
            "Begint met halve dagen.", door, nu);

        db.Thuiszitters.AddRange(new[] { noah, daan, sanne, emma }.OfType<Thuiszitter>());
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
