using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Beleidsinformatie.Leerlingaantallen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// The demo's leerlingaantallen: every school of the demo samenwerkingsverband on the last four teldata, with the
/// story an ondersteuningsplan hopes for: regular schools a little fuller each year, SBO and SO a little emptier, so
/// the deelnamepercentage rises towards a target. Loaded once; a demo that has numbers keeps them.
/// </summary>
internal static class DemoLeerlingaantallen
{
    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swvCode = SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        if (await db.Leerlingaantallen.IgnoreQueryFilters().AnyAsync(l => l.Samenwerkingsverband == swvCode, ct).ConfigureAwait(false))
        {
            return;
        }

        var nu = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var laatste = Teldatum.Laatste(Domain.Common.NederlandseDatum.Van(nu));
        var scholen = await db.Scholen.IgnoreQueryFilters().Where(s => s.Samenwerkingsverband == swvCode)
            .OrderBy(s => s.Vestiging).ToListAsync(ct).ConfigureAwait(false);
        for (var terug = 3; terug >= 0; terug--)
        {
            var jaar = laatste.Jaar - terug;
            var teldatum = Teldatum.Lees($"{jaar:D4}-10-01", laatste.Datum).Waarde;
            var stap = 3 - terug;
            foreach (var (school, i) in scholen.Select((s, i) => (s, i)))
            {
                var aantal = Deelname.Vorm(school.Soort) switch
                {
                    Onderwijsvorm.Regulier => 210 + (17 * i % 60) + (6 * stap),
                    Onderwijsvorm.Sbo => 96 - (7 * stap),
                    _ => 64 - (5 * stap),
                };
                db.Leerlingaantallen.Add(Leerlingaantal.Leg(swvCode, teldatum, school.Vestiging, Telling.Lees(aantal).Waarde, "demo-beleid", nu));
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
