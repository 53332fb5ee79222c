using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Schooljaren;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// Four aanmeldingen of demo pupils for the next school year, each in another part of its life, reached through the
/// real steps: Emma at Basisschool De Regenboog, the term ending in six days (the IB'er's werkvoorraad, and the SWV's
/// watch list); Daan at SBO De Brug, eight days past its term (the SWV's list starts with it); Sanne at SO Het Kompas,
/// decided "toegelaten op een andere school" (SBO De Brug, in overleg with her ouders); Noah at the OSO Testschool,
/// a cluster 2 school, so without zorgplicht and term. Loaded once, after the organisations, with dates relative to
/// today. All names are invented.
/// </summary>
internal static class DemoAanmeldingen
{
    private static readonly Actor Demo = new("demo", "Demogegevens");

    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swvCode = SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        if (await db.Aanmeldingen.IgnoreQueryFilters().AnyAsync(a => a.Samenwerkingsverband == swvCode, ct).ConfigureAwait(false))
        {
            return;
        }

        var leerlingen = await db.Leerlingen.IgnoreQueryFilters().Where(l => l.Samenwerkingsverband == swvCode).ToListAsync(ct).ConfigureAwait(false);
        var scholen = await db.Scholen.IgnoreQueryFilters().Where(s => s.Samenwerkingsverband == swvCode).ToListAsync(ct).ConfigureAwait(false);
        string[] namen = ["Emma", "Daan", "Sanne", "Noah"];
        string[] vestigingen = [DemoOrganisaties.EigenVestiging, Brug, Kompas, DemoOrganisaties.OsoTestschool];
        if (!namen.All(n => leerlingen.Exists(l => l.Voornaam == n)) || !vestigingen.All(v => scholen.Exists(s => s.Vestiging.Waarde == v)))
        {
            return; // Not the demo organisations: nobody to register.
        }

        var demo = new Aanmeldingen(services.GetRequiredService<TimeProvider>().GetUtcNow(), leerlingen, scholen);
        db.Aanmeldingen.AddRange(
            demo.Ontvangen("Emma", DemoOrganisaties.EigenVestiging, dagenGeleden: 36),
            demo.Ontvangen("Daan", Brug, dagenGeleden: 50),
            demo.AndereSchool("Sanne", Kompas, Brug),
            demo.Ontvangen("Noah", DemoOrganisaties.OsoTestschool, dagenGeleden: 10));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    internal const string Brug = "34CD00";

    internal const string Kompas = "56EF00";

    private sealed record Aanmeldingen(DateTimeOffset Nu, List<Leerling> Leerlingen, List<School> Scholen)
    {
        private DateOnly Vandaag => NederlandseDatum.Van(Nu);

        /// <summary>Received <paramref name="dagenGeleden"/> days ago, nothing decided: the term ends 42 days after the receipt.</summary>
        public Aanmelding Ontvangen(string voornaam, string vestiging, int dagenGeleden)
        {
            var leerling = Leerlingen.Single(l => l.Voornaam == voornaam);
            var school = School(vestiging);
            var volgend = Schooljaar.Op(Vandaag).Volgend();
            return Waarde(Aanmelding.Registreer(
                new AanmeldingLeerling(leerling.Id, leerling.Naam, leerling.Samenwerkingsverband, school.Vestiging, school.Naam, school.Cluster),
                new Aanmeldinggegevens(Vandaag.AddDays(-dagenGeleden), OuderVerwachtExtraOndersteuning: true, volgend.Begindatum, volgend),
                Demo,
                Nu.AddDays(-dagenGeleden)));
        }

        /// <summary>Received a month ago; the other school agreed four days ago and the school decided three days ago, in overleg with the ouders.</summary>
        public Aanmelding AndereSchool(string voornaam, string vestiging, string andere)
        {
            var aanmelding = Ontvangen(voornaam, vestiging, dagenGeleden: 30);
            return Waarde(aanmelding.Beslis(
                new Besluitverzoek(
                    Toelatingsuitkomst.AndereSchool,
                    Vandaag.AddDays(-3),
                    "De ondersteuning die de leerling nodig heeft, past beter bij het speciaal basisonderwijs; De Brug heeft plek.",
                    School(andere),
                    Vandaag.AddDays(-4),
                    InOverlegMetOuders: true),
                Demo,
                Nu.AddDays(-3)));
        }

        private School School(string vestiging) => Scholen.Single(s => s.Vestiging.Waarde == vestiging);

        // Demo data walks the real steps; one that fails is a bug in this file, not an expected outcome.
        private static Aanmelding Waarde(Result<Aanmelding> uitkomst) =>
            uitkomst.IsGelukt
                ? uitkomst.Waarde
                : throw new InvalidOperationException("Demo aanmelding: " + string.Join(" ", uitkomst.Fouten.Select(f => f.Melding)));
    }
}
