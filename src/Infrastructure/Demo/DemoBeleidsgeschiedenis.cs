using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Schooljaren;
using PassendOnderwijs.Domain.Termijnen;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Infrastructure.Demo;

/// <summary>
/// Three schooljaren of history before this one, and the start of this one, so the beleidsinformatie dashboard tells a
/// story: requests rising year on year, most granted and ended with the school year, some refused, decided in two to six
/// weeks. Each is a pupil of De Vlinder or SBO De Brug (not the demo IB'er's school, whose screens the walkthroughs
/// use), built through the domain with the dates it happened on, and
/// each request's behandeltermijn is recorded as the deadline engine would have kept it. The past years' cases are all
/// closed; this year's granted ones run (their first evaluation is months away). Deterministic; loaded once (the oldest
/// schooljaar's requests are the marker).
/// </summary>
internal static class DemoBeleidsgeschiedenis
{
    /// <summary>Requests per schooljaar, oldest first; the current year gets those of its first months only.</summary>
    private static readonly int[] AanvragenPerJaar = [18, 24, 31, 30];

    private static readonly Actor Demo = new("demo", "Demogegevens");

    private static readonly string[] Voornamen = ["Bram", "Fleur", "Jesse", "Lotte", "Milan", "Nora", "Ruben", "Saar", "Thijs", "Iris", "Luuk", "Roos", "Sem", "Tess", "Finn", "Evi"];
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
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
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

    /// <summary>A step the demo's own dates must allow: a refusal is a bug in this loader, not an outcome.</summary>
    private static void Moet(Result<Arrangement> stap) => _ = stap.Waarde;

    private static DateTimeOffset Moment(DateOnly datum, int uur) => new(datum.ToDateTime(new TimeOnly(uur, 0)), TimeSpan.Zero);
}
