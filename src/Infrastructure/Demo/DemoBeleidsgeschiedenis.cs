using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Schooljaren;
using PassendOnderwijs.Domain.Termijnen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// Three schooljaren of history before this one, and the start of this one, so the beleidsinformatie dashboard tells a
/// story: requests rising year on year, most granted and ended with the school year, some refused, decided in two to six
/// weeks. Each is a pupil of De Vlinder or SBO De Brug (not the demo IB'er's school, whose screens the walkthroughs
/// use), built through the domain with the dates it happened on, and
/// each request's behandeltermijn is recorded as the deadline engine would have kept it. The past years' cases are all
/// closed; this year's granted ones run (their first evaluation is months away). Each past year also has four TLV's
/// (SBO and SO, granted for their usual length, one or two refused) and three OPP's (vastgesteld within their term but
/// one, evaluated, closed in July) of pupils of their own, through the demo TLV and OPP procedures with those years'
/// dates, their Termijnen kept step by step as the engine and its daily watch would have; and a few aanmeldingen and
/// thuiszitters (DemoBeleidsgeschiedenis.Zorgplicht.cs). Deterministic; loaded once (the oldest schooljaar's requests
/// are the marker), after the current demo's aanmeldingen and thuiszitters, whose loaders stop when they find any.
/// </summary>
internal static partial class DemoBeleidsgeschiedenis
{
    /// <summary>Requests per schooljaar, oldest first; the current year gets those of its first months only.</summary>
    private static readonly int[] AanvragenPerJaar = [18, 24, 31, 30];

    private static readonly Actor Demo = new("demo", "Demogegevens");

    /// <summary>The TLV's of the past years in turn, four a year: SBO and SO in each bekostigingscategorie, one or two refused a year.</summary>
    private static readonly (SoortToelaatbaarheid Soort, Bekostigingscategorie Categorie, bool Toelaatbaar)[] Tlvs =
    [
        (SoortToelaatbaarheid.Sbo, Bekostigingscategorie.NietVanToepassing, true),
        (SoortToelaatbaarheid.So, Bekostigingscategorie.Laag, true),
        (SoortToelaatbaarheid.Sbo, Bekostigingscategorie.NietVanToepassing, false),
        (SoortToelaatbaarheid.So, Bekostigingscategorie.Midden, true),
        (SoortToelaatbaarheid.So, Bekostigingscategorie.Hoog, true),
        (SoortToelaatbaarheid.So, Bekostigingscategorie.Laag, false),
    ];

    /// <summary>The history's own pupils: none of them is in the current story of the other loaders.</summary>
    internal static readonly string[] Voornamen = ["Bram", "Fleur", "Jesse", "Lotte", "Milan", "Nora", "Ruben", "Saar", "Thijs", "Iris", "Luuk", "Roos", "Sem", "Tess", "Finn", "Evi"];
    private static readonly string[] Achternamen = ["Dijkstra", "de Graaf", "Kok", "Brouwer", "Willems", "Hoekstra", "Schouten", "van Dijk"];

    private static readonly (SoortArrangement Soort, string Aandacht, string Doel, decimal? Uren, decimal? Budget, SoortUitvoerder Uitvoerder, string Naam)[] Soorten =
    [
        (SoortArrangement.Onderwijsarrangement, "Twee keer per week extra instructie in een klein groepje.", "De leerling werkt op het niveau van de groep.", 40, null, SoortUitvoerder.School, "Eigen school"),
        (SoortArrangement.InzetExpert, "Observatie en coaching van de leerkracht.", "De leerkracht heeft een plan voor de lastige momenten.", 16, null, SoortUitvoerder.Expert, "Gedragsexpert SWV"),
        (SoortArrangement.Onderwijsarrangement, "Dagelijks een vast moment met de onderwijsassistent.", "De leerling werkt twintig minuten zelfstandig.", 60, null, SoortUitvoerder.School, "Eigen school"),
        (SoortArrangement.Middelen, "Aangepast meubilair en een koptelefoon.", "De leerling kan zich in de klas concentreren.", null, 1200, SoortUitvoerder.School, "Eigen school"),
        (SoortArrangement.OnderwijsJeugdhulparrangement, "Onderwijs en jeugdhulp samen in de school.", "De leerling gaat weer de hele week naar school.", 80, null, SoortUitvoerder.SboSo, "SBO De Brug"),
        (SoortArrangement.InzetExpert, "Begeleiding door een taalspecialist.", "De leerling leest op AVI-niveau van de groep.", 24, null, SoortUitvoerder.Expert, "Taalspecialist SWV"),
    ];

    public static async Task LaadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PassendOnderwijsDbContext>();
        var klok = services.GetRequiredService<TimeProvider>();
        var vandaag = DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime);
        var dit = Schooljaar.Op(vandaag);
        var eerste = Schooljaar.Van(dit.Beginjaar - (AanvragenPerJaar.Length - 1));
        var swvCode = SwvCode.Parse(DemoGegevens.DemoSamenwerkingsverband).Waarde;
        var eigen = VestigingCode.Parse(DemoOrganisaties.EigenVestiging).Waarde;
        var van = new DateTimeOffset(eerste.Begindatum.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var tot = new DateTimeOffset(eerste.Volgend().Begindatum.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var scholen = await db.Scholen.IgnoreQueryFilters()
            .Where(s => s.Samenwerkingsverband == swvCode && s.Soort != SoortSchool.So && s.Vestiging != eigen)
            .OrderBy(s => s.Vestiging).ToListAsync(ct).ConfigureAwait(false);
        if (scholen.Count == 0
            || await db.Arrangementen.IgnoreQueryFilters().AnyAsync(a => a.Samenwerkingsverband == swvCode && a.AangevraagdOp >= van && a.AangevraagdOp < tot, ct).ConfigureAwait(false))
        {
            return; // Not the demo organisations, or loaded before.
        }

        var leerlingen = Leerlingen(scholen, eerste.Begindatum);
        var arrangementen = new List<Arrangement>();
        var termijnen = new List<Termijn>();
        for (var j = 0; j < AanvragenPerJaar.Length; j++)
        {
            var jaar = Schooljaar.Van(eerste.Beginjaar + j);
            for (var i = 0; i < AanvragenPerJaar[j]; i++)
            {
                if (Zaak(jaar, i, leerlingen[(j * 7 + i) % leerlingen.Count], vandaag) is { } zaak)
                {
                    arrangementen.Add(zaak.Arrangement);
                    termijnen.Add(zaak.Behandeltermijn);
                }
            }
        }

        db.Leerlingen.AddRange(leerlingen);
        db.Arrangementen.AddRange(arrangementen);
        db.Termijnen.AddRange(termijnen);
        for (var j = 0; j < AanvragenPerJaar.Length - 1; j++)
        {
            var jaar = Schooljaar.Van(eerste.Beginjaar + j);
            await TlvsAsync(db, swvCode, jaar, leerlingen, vandaag, ct).ConfigureAwait(false);
            await OppsAsync(db, swvCode, jaar, leerlingen, vandaag, ct).ConfigureAwait(false);
            Aanmeldingen(db, jaar, j, leerlingen, scholen, vandaag);
            Thuiszitters(db, jaar, j, leerlingen, scholen, vandaag);
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// A past schooljaar's TLV's, through the demo's own TLV procedure (DemoToelaatbaarheidsverklaringen): requested
    /// between September and February, advised by both deskundigen, decided three weeks later and made known three days
    /// after that; SBO and SO in each bekostigingscategorie, one refused. Each for a pupil of its own (the first twelve).
    /// </summary>
    private static async Task TlvsAsync(PassendOnderwijsDbContext db, SwvCode swvCode, Schooljaar jaar, List<Leerling> leerlingen, DateOnly vandaag, CancellationToken ct)
    {
        const int perJaar = 4;
        for (var i = 0; i < perJaar; i++)
        {
            var (soort, categorie, toelaatbaar) = Tlvs[((jaar.Beginjaar * perJaar) + i) % Tlvs.Length];
            var leerling = leerlingen[(jaar.Beginjaar % 3 * perJaar) + i];
            var bekendgemaakt = Moment(jaar.Begindatum.AddDays(64 + (i * 45)), 10);
            var demo = await DemoToelaatbaarheidsverklaringen.DemoAsync(db, swvCode, bekendgemaakt, [leerling], ct).ConfigureAwait(false);
            if (demo is null)
            {
                return;
            }

            // Requested 24 days before it was made known; from the day it starts the TLV runs its usual length.
            var ingang = NederlandseDatum.Van(bekendgemaakt).AddDays(14);
            var boek = new Termijnboek();
            var tlv = demo.Aangevraagd(leerling.Voornaam, soort, categorie, soort == SoortToelaatbaarheid.Sbo ? DemoAanmeldingen.Brug : DemoAanmeldingen.Kompas, dagenGeleden: 24, ingang);
            boek.Na(tlv.Samenwerkingsverband, tlv.Vestiging, Zaaksoort.Toelaatbaarheidsverklaring, tlv.Id, Termijnentabel.Van(tlv), bekendgemaakt.AddDays(-24));
            tlv = demo.Beslis(tlv, leerling.Voornaam, soort, categorie, aangevraagd: 24, ingang, einde: null, $"{swvCode.Waarde}-{jaar.Beginjaar}-T{i:D3}", toelaatbaar);
            tlv = tlv.MaakBekend(NederlandseDatum.Van(bekendgemaakt), demo.Commissie, bekendgemaakt).Waarde;
            boek.Na(tlv.Samenwerkingsverband, tlv.Vestiging, Zaaksoort.Toelaatbaarheidsverklaring, tlv.Id, Termijnentabel.Van(tlv), bekendgemaakt);
            db.Toelaatbaarheidsverklaringen.Add(tlv);
            db.Termijnen.AddRange(boek.TotVandaag(vandaag));
        }
    }

    /// <summary>
    /// A past schooljaar's OPP's, through the demo's own plan (DemoOntwikkelingsperspectiefplannen): extra support started
    /// in September or October, the plan vastgesteld with the ouders' instemming four weeks later (the third of the year
    /// only after seven weeks, past its term of six), evaluated with the ouders in May and closed when the support
    /// ended in July. Each for a pupil of its own (the last nine).
    /// </summary>
    private static async Task OppsAsync(PassendOnderwijsDbContext db, SwvCode swvCode, Schooljaar jaar, List<Leerling> leerlingen, DateOnly vandaag, CancellationToken ct)
    {
        const int perJaar = 3;
        for (var i = 0; i < perJaar; i++)
        {
            var leerling = leerlingen[leerlingen.Count - 1 - ((jaar.Beginjaar % 3 * perJaar) + i)];
            var afgesloten = jaar.Einddatum.AddDays(-21);
            var nu = Moment(afgesloten, 10);
            var demo = await DemoOntwikkelingsperspectiefplannen.DemoAsync(db, swvCode, nu, [leerling], ct).ConfigureAwait(false);
            if (demo is null)
            {
                return;
            }

            var start = jaar.Begindatum.AddDays(40 + (i * 20));
            var vastgesteld = start.AddDays(i == perJaar - 1 ? 50 : 28);
            var geevalueerd = jaar.Einddatum.AddDays(-70 + (i * 7));
            int Geleden(DateOnly dag) => afgesloten.DayNumber - dag.DayNumber;
            var boek = new Termijnboek();
            void Volg(Ontwikkelingsperspectiefplan plan, DateOnly dag) =>
                boek.Na(plan.Samenwerkingsverband, plan.Vestiging, Zaaksoort.Ontwikkelingsperspectiefplan, plan.Id, Termijnentabel.Van(plan), Moment(dag, 10));

            var (opp, _) = demo.Start(leerling.Voornaam, Aanleiding.ExtraOndersteuning, Geleden(start));
            Volg(opp, start);
            opp = opp.WerkBij(
                DemoOntwikkelingsperspectiefplannen.Demo.Inhoud(
                    $"{leerling.Voornaam} leest eind groep 8 op AVI-niveau E6 en begrijpt teksten van het leerjaar.",
                    $"{leerling.Voornaam} leest over vier maanden een niveau hoger.",
                    new Ondersteuningsafspraak("Leesbegeleiding in een klein groepje", "Onderwijsassistent", "Drie keer per week twintig minuten", null),
                    [geevalueerd]),
                demo.Ib,
                Moment(start.AddDays(3), 10)).Waarde;
            opp = demo.Procedure(opp, 1, Geleden(vastgesteld.AddDays(-3)), $"Ouders van {leerling.Voornaam}, leerkracht en intern begeleider");
            opp = opp.StelVast(vastgesteld, demo.Ib, Moment(vastgesteld, 10)).Waarde;
            Volg(opp, vastgesteld);
            opp = opp.Evalueer(
                geevalueerd,
                $"Ouders van {leerling.Voornaam}, leerkracht en intern begeleider",
                [new Doelresultaat(1, i != 1, null), new Doelresultaat(2, true, null), new Doelresultaat(3, true, null)],
                $"{leerling.Voornaam} leest vlotter; de school gaat verder met de basisondersteuning.",
                nieuweVersie: false,
                demo.Ib,
                Moment(geevalueerd, 10)).Waarde;
            Volg(opp, geevalueerd);
            opp = opp.SluitAf(afgesloten, "De extra ondersteuning is afgerond; de doelen zijn (grotendeels) bereikt.", demo.Ib, nu).Waarde;
            Volg(opp, afgesloten);
            db.Ontwikkelingsperspectiefplannen.Add(opp);
            db.Termijnen.AddRange(boek.TotVandaag(vandaag));
        }
    }

    /// <summary>Sixteen pupils spread over the schools, registered when the history begins.</summary>
    private static List<Leerling> Leerlingen(List<School> scholen, DateOnly sinds) =>
        [.. Voornamen.Select((voornaam, i) => Leerling.Registreer(
            scholen[i % scholen.Count], voornaam, Achternamen[i % Achternamen.Length], sinds.AddYears(-6 - (i % 5)).AddDays(i * 11), $"{3 + (i % 5)}", sinds).Waarde)];

    /// <summary>
    /// The i-th request of a schooljaar: requested between September and May (this year: in its first two months),
    /// decided 14 to 41 days later, one in six refused; a granted one started a week after the decision and ended with
    /// the school year, or runs on this year. Null when it would not have been decided and started by today.
    /// </summary>
    private static (Arrangement Arrangement, Termijn Behandeltermijn)? Zaak(Schooljaar jaar, int i, Leerling leerling, DateOnly vandaag)
    {
        var loopt = jaar.Bevat(vandaag);
        var aangevraagd = jaar.Begindatum.AddDays(35 + (i * 233 % (loopt ? 60 : 270)));
        var beslist = aangevraagd.AddDays(14 + (i * 17 % 28));
        var afgewezen = i % 6 == 5;
        var start = beslist.AddDays(7);
        var einde = jaar.Einddatum.AddDays(-16);
        if ((afgewezen ? beslist : start) >= vandaag)
        {
            return null;
        }

        var soort = Soorten[i % Soorten.Length];
        var aanvraag = new Aanvraag(
            soort.Soort,
            IvoVelden.Van(soort.Aandacht, null, null, null, null, "inhoud").Waarde,
            [soort.Doel],
            start,
            einde,
            soort.Uren,
            soort.Budget,
            new Uitvoerder(soort.Uitvoerder, soort.Naam, null, null),
            Bekostiger.Swv,
            "De basisondersteuning van de school is niet genoeg gebleken.");
        var arrangement = Arrangement.VraagAan(leerling, aanvraag, Arrangementtermijnen.Standaard, Demo, Moment(aangevraagd, 9)).Waarde;
        var stand = Termijnentabel.Arrangement.Single(r => r.Soort == Termijnsoort.ArrangementBehandeling).Stand(arrangement)!;
        var termijn = Termijn.Open(arrangement.Samenwerkingsverband, arrangement.Vestiging, Zaaksoort.Arrangement, arrangement.Id, stand, Moment(aangevraagd, 9));
        Moet(arrangement.NeemInBehandeling(Demo, Moment(aangevraagd.AddDays(2), 10)));
        var nummer = $"{arrangement.Samenwerkingsverband.Waarde}-{jaar.Beginjaar}-H{i:D3}";
        if (afgewezen)
        {
            Moet(arrangement.WijsAf(nummer, beslist, "De school kan dit binnen de basisondersteuning bieden; het samenwerkingsverband helpt met advies.", Demo, Moment(beslist, 14)));
        }
        else
        {
            Moet(arrangement.KenToe(nummer, beslist, "Past bij de onderwijsbehoeften van de leerling.", Demo, Moment(beslist, 14)));
            Moet(arrangement.Start(start, Arrangementtermijnen.Standaard, Demo, Moment(start, 8)));
            if (!loopt)
            {
                Moet(arrangement.Beeindig(einde, "De doelen zijn bereikt; de school gaat verder met de basisondersteuning.", Demo, Moment(einde, 16)));
            }
        }

        // Met when decided, as the engine closes it; the history signals nobody, so the term's own events are dropped.
        termijn.Sluit(beslist, Moment(beslist, 14));
        termijn.ClearDomainEvents();
        return (arrangement, termijn);
    }

    private static DateTimeOffset Moment(DateOnly datum, int uur) => new(datum.ToDateTime(new TimeOnly(uur, 0)), TimeSpan.Zero);

    /// <summary>
    /// One case's terms as the deadline engine kept them: after each step, on its moment, the engine's bookkeeping
    /// (<see cref="Termijn.Volg"/>), and between steps its daily watch (close on the signal day, expired the day after
    /// the last). The history signals nobody, so the terms' own events are dropped.
    /// </summary>
    private sealed class Termijnboek
    {
        private readonly List<Termijn> _runs = [];

        public void Na(SwvCode swv, VestigingCode vestiging, Zaaksoort zaak, Guid zaakId, IReadOnlyList<Termijnstand> standen, DateTimeOffset nu)
        {
            var vandaag = NederlandseDatum.Van(nu);
            Bewaak(vandaag);
            foreach (var stand in Termijn.Volg([.. _runs.Where(r => r.IsOpen)], standen, vandaag, nu))
            {
                _runs.Add(Termijn.Open(swv, vestiging, zaak, zaakId, stand, nu));
            }
        }

        /// <summary>The runs after the daily watch of every day up to <paramref name="vandaag"/>.</summary>
        public List<Termijn> TotVandaag(DateOnly vandaag)
        {
            Bewaak(vandaag);
            foreach (var run in _runs)
            {
                run.ClearDomainEvents();
            }

            return _runs;
        }

        private void Bewaak(DateOnly tot)
        {
            foreach (var run in _runs.Where(r => r.IsOpen))
            {
                if (run.SignaalOp <= tot)
                {
                    run.Bewaak(run.SignaalOp, Moment(run.SignaalOp, 5));
                }

                if (run.Uiterlijk < tot)
                {
                    run.Bewaak(run.Uiterlijk.AddDays(1), Moment(run.Uiterlijk.AddDays(1), 5));
                }
            }
        }
    }
}
