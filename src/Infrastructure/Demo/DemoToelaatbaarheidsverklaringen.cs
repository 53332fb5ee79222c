using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Deskundigen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// Four TLV's of the demo pupils, each in another part of its life, reached through the real transitions (so their
/// history, terms and werkvoorraad are what the product itself would make): Sanne's request waits for the SWV to ask
/// two deskundigen; Emma's waits for the advice of the demo deskundige; Daan's decision is under bezwaar of his ouders,
/// with the LBT asked; Noah's SBO TLV ends in two months, so it asks for a herindicatie. Loaded once, after the
/// register of deskundigen, with dates relative to today. All names are invented.
/// </summary>
internal static class DemoToelaatbaarheidsverklaringen
{
    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var swvCode = SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        if (await db.Toelaatbaarheidsverklaringen.IgnoreQueryFilters().AnyAsync(t => t.Samenwerkingsverband == swvCode, ct).ConfigureAwait(false))
        {
            return;
        }

        var leerlingen = await db.Leerlingen.IgnoreQueryFilters().Where(l => l.Samenwerkingsverband == swvCode).ToListAsync(ct).ConfigureAwait(false);
        var demo = await DemoAsync(db, swvCode, services.GetRequiredService<TimeProvider>().GetUtcNow(), leerlingen, ct).ConfigureAwait(false);
        if (demo is null)
        {
            return; // A demo database from before the second deskundige account: nothing to show the whole procedure with.
        }

        db.Toelaatbaarheidsverklaringen.AddRange(
            demo.Aangevraagd("Sanne", SoortToelaatbaarheid.Sbo, Bekostigingscategorie.NietVanToepassing, "34CD00", dagenGeleden: 5),
            demo.BekendgemaaktZonderBezwaar("Sanne"),
            demo.InAdvisering("Emma"),
            demo.InBezwaar("Daan"),
            demo.LooptBijnaAf("Noah"));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The people of the demo's TLV procedure (the IB'er, the SWV's commissie, the two deskundigen with an account) for
    /// <paramref name="leerlingen"/>, as of <paramref name="nu"/> (the beleidsgeschiedenis takes a moment in a past
    /// schooljaar); null when the demo database lacks one of them.
    /// </summary>
    internal static async Task<Demo?> DemoAsync(PassendOnderwijsDbContext db, SwvCode swvCode, DateTimeOffset nu, List<Leerling> leerlingen, CancellationToken ct)
    {
        var scholen = await db.Scholen.IgnoreQueryFilters().Where(s => s.Samenwerkingsverband == swvCode).ToListAsync(ct).ConfigureAwait(false);
        var adviseurs = await db.Deskundigen.IgnoreQueryFilters()
            .Where(d => d.Samenwerkingsverband == swvCode && d.AccountId != null)
            .ToListAsync(ct).ConfigureAwait(false);
        var accounts = await db.Gebruikers.IgnoreQueryFilters().Where(g => g.Samenwerkingsverband == swvCode).ToListAsync(ct).ConfigureAwait(false);
        var orthopedagoog = adviseurs.Find(d => d.Discipline == Discipline.Orthopedagoog);
        var psycholoog = adviseurs.Find(d => d.Discipline == Discipline.Psycholoog);
        var ib = accounts.Find(g => g.Email.Waarde == DemoGegevens.IbEmail);
        var medewerker = accounts.Find(g => g.Rol == Rol.SwvMedewerker);
        return orthopedagoog is null || psycholoog is null || ib is null || medewerker is null
            ? null
            : new Demo(nu, new Actor(ib.Id.Waarde.ToString(), ib.Naam), new Actor(medewerker.Id.Waarde.ToString(), medewerker.Naam),
                Adviseur(orthopedagoog), Adviseur(psycholoog), leerlingen, scholen);
    }

    private static Adviseur Adviseur(Deskundige d) => Domain.Toelaatbaarheidsverklaringen.Adviseur.Van(d, d.AccountId!.Value);

    internal sealed record Demo(
        DateTimeOffset Nu, Actor Ib, Actor Commissie, Adviseur Orthopedagoog, Adviseur Psycholoog, List<Leerling> Leerlingen, List<School> Scholen)
    {
        private DateOnly Vandaag => DateOnly.FromDateTime(Nu.UtcDateTime);

        private DateTimeOffset DagenGeleden(int dagen) => Nu.AddDays(-dagen);

        private static DateOnly Dag(DateTimeOffset moment) => DateOnly.FromDateTime(moment.UtcDateTime);

        // The demo IB'er works at De Regenboog; for a pupil of another school the SWV requests on the school's behalf.
        private Actor AanvragerVan(Leerling leerling) => leerling.Vestiging.Waarde == DemoOrganisaties.EigenVestiging ? Ib : Commissie;

        private static Actor Als(Adviseur adviseur) => new(adviseur.GebruikerId.ToString(), adviseur.Naam);

        public Toelaatbaarheidsverklaring Aangevraagd(
            string voornaam, SoortToelaatbaarheid soort, Bekostigingscategorie categorie, string beoogd, int dagenGeleden, DateOnly? ingang = null, DateOnly? einde = null)
        {
            var leerling = Leerlingen.Single(l => l.Voornaam == voornaam);
            var school = Scholen.Single(s => s.Vestiging == leerling.Vestiging);
            var doel = Scholen.Single(s => s.Vestiging.Waarde == beoogd);
            var aanvraag = new TlvAanvraag(
                soort,
                categorie,
                new BeoogdeSchool(doel.Vestiging, doel.Naam, doel.Soort, true),
                ingang ?? Vandaag.AddMonths(2),
                einde,
                IvoVelden.Van(
                    "Een kleine groep met een vaste leerkracht en veel herhaling.",
                    "Aangepaste leerlijnen voor lezen en rekenen.",
                    "Een prikkelarme werkplek en een plek om tot rust te komen.",
                    "Een orthopedagoog die de leerkracht begeleidt.",
                    "Afstemming met het wijkteam over de ondersteuning thuis.",
                    "onderwijsbehoeften").Waarde,
                $"{voornaam} kreeg een jaar verlengde instructie en een eigen werkplek.",
                $"Een arrangement met een ambulant begeleider hielp niet genoeg: {voornaam} loopt steeds verder achter en raakt overprikkeld.",
                [],
                "De ouders steunen de aanvraag en hebben de school bezocht.",
                $"{voornaam} wil graag naar een school waar het rustiger is.");
            var aangevraagd = DagenGeleden(dagenGeleden);
            var tlv = Toelaatbaarheidsverklaring.VraagAan(
                new TlvLeerling(leerling.Id, leerling.Naam, leerling.Geboortedatum, leerling.Vestiging, school.SchoolbestuurId, leerling.Samenwerkingsverband),
                aanvraag, Arrangementtermijnen.Standaard, AanvragerVan(leerling), aangevraagd);
            return Waarde(tlv);
        }

        public Toelaatbaarheidsverklaring InAdvisering(string voornaam)
        {
            var tlv = Aangevraagd(voornaam, SoortToelaatbaarheid.So, Bekostigingscategorie.Laag, "56EF00", dagenGeleden: 12);
            tlv = Waarde(tlv.WijsAdviseurAan(Adviesplek.Eerste, Orthopedagoog, Commissie, DagenGeleden(10)));
            return Waarde(tlv.WijsAdviseurAan(Adviesplek.Tweede, Psycholoog, Commissie, DagenGeleden(10)));
        }

        public Toelaatbaarheidsverklaring InBezwaar(string voornaam)
        {
            var tlv = Beslist(voornaam, SoortToelaatbaarheid.So, Bekostigingscategorie.Laag, "56EF00", aangevraagd: 70, Vandaag.AddMonths(1), einde: null,
                "TLV-2026-0102", toelaatbaar: false);
            var bekendgemaakt = DagenGeleden(30);
            tlv = Waarde(tlv.MaakBekend(Dag(bekendgemaakt), Commissie, bekendgemaakt));
            tlv = Waarde(tlv.OntvangBezwaar(Indiener.Ouders, $"Ouders van {voornaam}", Dag(DagenGeleden(12)), Commissie, DagenGeleden(12)));
            return Waarde(tlv.VraagLbtAdvies(Dag(DagenGeleden(5)), Enum.GetValues<Bezwaarstuk>(), Commissie, DagenGeleden(5)));
        }

        /// <summary>
        /// Refused and made known twelve days ago, without a bezwaar: the parent portal shows the decision, its PDF and the
        /// running bezwaar term, and Sanne's mother can object online (her school then asked for SBO instead).
        /// </summary>
        public Toelaatbaarheidsverklaring BekendgemaaktZonderBezwaar(string voornaam)
        {
            var tlv = Beslist(voornaam, SoortToelaatbaarheid.So, Bekostigingscategorie.Laag, "56EF00", aangevraagd: 35, Vandaag.AddMonths(1), einde: null,
                "TLV-2026-0110", toelaatbaar: false);
            var bekendgemaakt = DagenGeleden(12);
            return Waarde(tlv.MaakBekend(Dag(bekendgemaakt), Commissie, bekendgemaakt));
        }

        public Toelaatbaarheidsverklaring LooptBijnaAf(string voornaam)
        {
            var ingang = Vandaag.AddMonths(-10);
            var tlv = Beslist(voornaam, SoortToelaatbaarheid.Sbo, Bekostigingscategorie.NietVanToepassing, "34CD00", aangevraagd: 330, ingang, Vandaag.AddMonths(2),
                "TLV-2026-0007", toelaatbaar: true);
            var bekendgemaakt = DagenGeleden(300);
            return Waarde(tlv.MaakBekend(Dag(bekendgemaakt), Commissie, bekendgemaakt));
        }

        /// <summary>Requested <paramref name="aangevraagd"/> days ago, advised by both deskundigen and decided a week later.</summary>
        private Toelaatbaarheidsverklaring Beslist(
            string voornaam, SoortToelaatbaarheid soort, Bekostigingscategorie categorie, string beoogd, int aangevraagd, DateOnly ingang, DateOnly? einde,
            string beschikkingsnummer, bool toelaatbaar) =>
            Beslis(Aangevraagd(voornaam, soort, categorie, beoogd, aangevraagd, ingang, einde), voornaam, soort, categorie, aangevraagd, ingang, einde,
                beschikkingsnummer, toelaatbaar);

        /// <summary>
        /// A request made <paramref name="aangevraagd"/> days ago: both deskundigen assigned two days later and advising
        /// after two weeks, decided after three (a null <paramref name="einde"/> is the usual einddatum).
        /// </summary>
        public Toelaatbaarheidsverklaring Beslis(
            Toelaatbaarheidsverklaring tlv, string voornaam, SoortToelaatbaarheid soort, Bekostigingscategorie categorie, int aangevraagd, DateOnly ingang,
            DateOnly? einde, string beschikkingsnummer, bool toelaatbaar)
        {
            ArgumentNullException.ThrowIfNull(tlv);
            tlv = Waarde(tlv.WijsAdviseurAan(Adviesplek.Eerste, Orthopedagoog, Commissie, DagenGeleden(aangevraagd - 2)));
            tlv = Waarde(tlv.WijsAdviseurAan(Adviesplek.Tweede, Psycholoog, Commissie, DagenGeleden(aangevraagd - 2)));
            foreach (var adviseur in new[] { Orthopedagoog, Psycholoog })
            {
                var advies = new Adviesinhoud(
                    toelaatbaar,
                    toelaatbaar ? soort : null,
                    toelaatbaar ? categorie : null,
                    einde,
                    $"{voornaam} heeft een kleine groep, structuur en veel herhaling nodig.",
                    toelaatbaar
                        ? "De school heeft de basisondersteuning en een arrangement ingezet; dat is niet genoeg gebleken."
                        : "Met een arrangement en begeleiding van de leerkracht kan de school nog meer bieden dan zij nu doet.",
                    toelaatbaar ? "De beoogde school biedt kleine groepen en een orthopedagoog in de school." : "Een plaatsing is nu niet nodig.",
                    Dag(DagenGeleden(aangevraagd - 14)),
                    true);
                tlv = Waarde(tlv.BrengAdviesUit(adviseur.GebruikerId, advies, Als(adviseur), DagenGeleden(aangevraagd - 14)));
            }

            var besluitdag = DagenGeleden(aangevraagd - 21);
            var voorstel = new Besluitvoorstel(
                toelaatbaar,
                toelaatbaar ? soort : null,
                toelaatbaar ? categorie : null,
                toelaatbaar ? ingang : null,
                toelaatbaar ? einde : null,
                toelaatbaar && einde is not null ? "De school en de ouders willen na het eerste jaar opnieuw beoordelen of de plaatsing nodig blijft." : null,
                beschikkingsnummer,
                Dag(besluitdag),
                toelaatbaar
                    ? "Beide deskundigen onderschrijven dat de onderwijsbehoeften de mogelijkheden van de school te boven gaan."
                    : "Beide deskundigen adviseren dat de school met extra ondersteuning verder kan; een plaatsing in het speciaal onderwijs is nu niet nodig.",
                null);
            return Waarde(tlv.Beslis(voorstel, Beleidswaarden.Standaard(vo: false), Commissie, besluitdag));
        }

        // Demo data walks the real transitions; one that fails is a bug in this file, not an expected outcome.
        private static Toelaatbaarheidsverklaring Waarde(Result<Toelaatbaarheidsverklaring> uitkomst) =>
            uitkomst.IsGelukt
                ? uitkomst.Waarde
                : throw new InvalidOperationException("Demo TLV: " + string.Join(" ", uitkomst.Fouten.Select(f => f.Melding)));
    }
}
