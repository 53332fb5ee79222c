using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Portfolio.Middelen;
using PassendOnderwijs.Domain.Portfolio.Samenwerkingsprojecten;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// The demo's middelen extra ondersteuning: a grant for both demo besturen for this year and last, last year's
/// verantwoordingen besproken in the bestuursgesprek, and one samenwerkingsproject per regio (next year's plan, and
/// this year's with an evaluation). Loaded once; a demo that has grants keeps them.
/// </summary>
internal static class DemoMiddelen
{
    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swvCode = SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        var swv = await db.Samenwerkingsverbanden.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Id == swvCode, ct).ConfigureAwait(false);
        if (swv is null || await db.Middelentoekenningen.IgnoreQueryFilters().AnyAsync(t => t.Samenwerkingsverband == swvCode, ct).ConfigureAwait(false))
        {
            return;
        }

        var nu = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var vandaag = Domain.Common.NederlandseDatum.Van(nu);
        var beleid = new Actor("demo-beleid", "Bea Beleid (beleidsmedewerker)");
        var ib = new Actor("demo-ib", "Ineke IB (namens het bestuur)");
        var besturen = await db.Schoolbesturen.IgnoreQueryFilters()
            .Where(b => b.Samenwerkingsverband == swvCode && (b.Nummer == "41234" || b.Nummer == DemoOrganisaties.SpeciaalBestuur))
            .OrderBy(b => b.Nummer).ToListAsync(ct).ConfigureAwait(false);
        var scholen = await db.Scholen.IgnoreQueryFilters().Where(s => s.Samenwerkingsverband == swvCode).ToListAsync(ct).ConfigureAwait(false);
        foreach (var (bestuur, i) in besturen.Select((b, i) => (b, i)))
        {
            var eigen = scholen.Where(s => s.SchoolbestuurId == bestuur.Id).Select(s => s.Vestiging).ToList();
            var bedrag = i == 0 ? 184_500m : 96_000m;
            var vorigJaar = Middelentoekenning.Leg(bestuur, vandaag.Year - 1, new Toekenninggegevens(
                bedrag - 4_500m, Verdeelsleutel.PerLeerlingOpTeldatum, "€ 95 per leerling op de teldatum van 1 oktober.", new DateOnly(vandaag.Year - 1, 1, 15), []),
                eigen, [], beleid, nu).Waarde;
            var ditJaar = Middelentoekenning.Leg(bestuur, vandaag.Year, new Toekenninggegevens(
                bedrag, Verdeelsleutel.PerLeerlingOpTeldatum, "€ 97 per leerling op de teldatum van 1 oktober.", new DateOnly(vandaag.Year, 1, 15),
                eigen.Take(1).Select(v => (v, (decimal?)(bedrag / 2))).ToList()),
                eigen, [vandaag.Year - 1], beleid, nu).Waarde;
            db.Middelentoekenningen.AddRange(vorigJaar, ditJaar);

            if (eigen.Count == 0)
            {
                continue;
            }

            var verantwoording = Verantwoording.Start(vorigJaar, new Verantwoordingsinhoud(
                [
                    new Regelinvoer(Verantwoordingsniveau.School, eigen[0], null, "Een doorgaande gedragsaanpak in de hele school",
                        "Teamtraining Positive Behavior Support en coaching in de klas door de gedragsspecialist", vorigJaar.Bedrag * 0.6m,
                        "Minder incidenten op het plein; twee leerlingen minder doorverwezen."),
                    new Regelinvoer(Verantwoordingsniveau.Groep, eigen[^1], "5", "Rekenen op niveau in groep 5",
                        "Een extra instructiegroep vier ochtenden per week met een onderwijsassistent", vorigJaar.Bedrag * 0.35m,
                        "Twaalf van de veertien leerlingen haalden hun doel voor rekenen."),
                ],
                []), eigen, ib, nu).Waarde;
            // Submitted and discussed today: the history's dates are the steps' own (a demo loaded later shows later dates).
            _ = verantwoording.DienIn(vandaag, ib, nu).Waarde;
            _ = verantwoording.LegBesprekingVast(
                vandaag, "Doelen grotendeels gehaald. Volgend jaar meer inzet op groepsniveau en de resultaten per groep meten.", vandaag, beleid, nu).Waarde;
            db.Verantwoordingen.Add(verantwoording);
        }

        foreach (var regio in swv.Regios)
        {
            var project = Samenwerkingsproject.Leg(swvCode, [regio.Naam], new Projectgegevens(
                regio.Naam, $"Jonge kind in {regio.Naam}", "Vroeg signaleren van ondersteuningsbehoeften, samen met kinderopvang en jeugdgezondheidszorg.",
                ["GGD", "Kinderopvang De Vlinder", "Wijkteam"], vandaag.Year,
                "Vier gezamenlijke bijeenkomsten per jaar, een gedeelde werkwijze voor de overdracht naar groep 1 en een vast aanspreekpunt per school.",
                25_000m), "Het plan is vóór het jaar besproken, maar pas in januari vastgelegd.", vandaag, beleid, nu).Waarde;
            _ = project.Evalueer(new Evaluatiegegevens(
                vandaag.Year, "De bijeenkomsten lopen; de werkwijze voor de overdracht is klaar.", "Acht scholen gebruiken de nieuwe overdracht.",
                "School en opvang kennen elkaar en bellen elkaar eerder.", 18_750m), vandaag, beleid, nu).Waarde;
            var volgend = Samenwerkingsproject.Leg(swvCode, [regio.Naam], new Projectgegevens(
                regio.Naam, $"Hoogbegaafdheid in {regio.Naam}", "Een regionale plusvoorziening waar scholen samen kennis delen.",
                ["Hogeschool", "Bibliotheek"], vandaag.Year + 1, "Een plusklas op één locatie per regio, een netwerk van specialisten en twee studiedagen.", 40_000m),
                null, vandaag, beleid, nu).Waarde;
            db.Samenwerkingsprojecten.AddRange(project, volgend);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }
}
