using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Benchmarks;

/// <summary>
/// A national-scale register for benchmarks, built through the domain and stored through the same mapping and
/// triggers as the product: N aanbieders with ten aangeboden begeleidingen each, deterministic per seed. Also
/// changes a number of them, the way an administrator would, for the delta sync measurement.
/// </summary>
internal static class AanbiederGenerator
{
    private const int PerBatch = 500;
    private const int AanbodPerAanbieder = 10;

    // Clusters 1 and 2 have their own expertises; clusters 3 and 4 use the rest of the waardelijst.
    private static readonly string[][] LicentiesPerCluster =
    [
        ["VISUELE_BEPERKINGEN", "VISUEEL_MEERVOUDIG_BEPERKT", "DOOFBLINDHEID"],
        ["DOOFHEID", "SLECHTHORENDHEID", "TAALONTWIKKELINGSSTOORNISSEN", "DOOF_MEERVOUDIG_BEPERKT", "SLECHTHOREND_MEERVOUDIG_BEPERKT"],
        ["LICHAMELIJKE_BEPERKINGEN", "COGNITIEVE_BEPERKINGEN", "LANGDURIGE_ZIEKTE", "EPILEPSIE", "MEERVOUDIGE_BEPERKINGEN"],
        ["GEDRAGSPROBLEMEN", "AUTISMESPECTRUMSTOORNISSEN", "SOCIAALPSYCHOLOGISCHE_PROBLEMEN"],
    ];

    private static readonly string[] Woorden = ["Horizon", "Kompas", "Brug", "Baken", "Anker", "Vlinder", "Steiger", "Lantaarn", "Wegwijzer", "Oever", "Kiem", "Duin"];

    public static async Task GenereerAsync(PassendOnderwijsDbContext db, int aantal)
    {
        if (await db.Onderwijsbegeleidingsaanbieders.CountAsync() >= aantal)
        {
            Console.WriteLine($"Het register heeft al {aantal} of meer aanbieders; niets gegenereerd.");
            return;
        }

        var klok = Stopwatch.StartNew();
        var random = new Random(2705);
        for (var start = 0; start < aantal; start += PerBatch)
        {
            for (var i = start; i < Math.Min(aantal, start + PerBatch); i++)
            {
                db.Onderwijsbegeleidingsaanbieders.Add(Maak(i, random));
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        Console.WriteLine($"{aantal} aanbieders met elk {AanbodPerAanbieder} aangeboden begeleidingen gegenereerd in {klok.Elapsed.TotalSeconds:F1} s.");
    }

    /// <summary>Changes the contacts of <paramref name="aantal"/> aanbieders spread over the register.</summary>
    public static async Task WijzigAsync(PassendOnderwijsDbContext db, int aantal)
    {
        var totaal = await db.Onderwijsbegeleidingsaanbieders.CountAsync();
        var stap = Math.Max(1, totaal / aantal);
        var ids = await db.Onderwijsbegeleidingsaanbieders.OrderBy(o => o.Id).Select(o => o.Id).ToListAsync();
        foreach (var id in ids.Where((_, i) => i % stap == 0).Take(aantal))
        {
            var aanbieder = await db.Onderwijsbegeleidingsaanbieders.SingleAsync(o => o.Id == id);
            aanbieder.WijzigContactgegevens([Context("ALGEMEEN", $"gewijzigd-{Guid.NewGuid():N}"[..20])]);
        }

        await db.SaveChangesAsync();
        Console.WriteLine($"{aantal} aanbieders gewijzigd.");
    }

    private static Onderwijsbegeleidingsaanbieder Maak(int nummer, Random random)
    {
        var cluster = (nummer % 4) + 1;
        var licenties = LicentiesPerCluster[cluster - 1];
        var naam = $"{Woorden[nummer % Woorden.Length]} {Woorden[(nummer / Woorden.Length) % Woorden.Length]} {nummer:D5}";
        var code = $"{nummer / 1000 % 1000:D3}{(char)('A' + (nummer / 1_000_000))}{nummer % 1000:D3}";
        var aanbieder = Onderwijsbegeleidingsaanbieder.Registreer(
            code,
            naam,
            internationaleNaam: null,
            new DateOnly(2010 + random.Next(10), 8, 1),
            $"Stichting {Woorden[nummer % Woorden.Length]}",
            Onderwijsinstellingserkenning.Van($"ERK-{code}", cluster, licenties),
            [Context("ALGEMEEN", $"info{nummer}"), Context("AANMELDEN", $"aanmelden{nummer}")],
            // Most entries belong to the SWV that registered them, one in ten is national; not drawn from the random
            // stream, so the rest of the generated data stays what it was.
            nummer % 10 == 0 ? null : SwvCode.Parse($"PO{2001 + (nummer % 1000)}").Waarde).Waarde;

        // Ten offers: each expertise of the licence for consecutive school years, so none overlap.
        for (var i = 0; i < AanbodPerAanbieder; i++)
        {
            var expertise = ExpertiseCode.Parse(licenties[i % licenties.Length]).Waarde;
            var jaar = 2024 + (i / licenties.Length);
            var swvs = Enumerable.Range(0, random.Next(0, 4)).Select(_ => $"PO{random.Next(2001, 3100)}").ToList();
            var postcodes = Enumerable.Range(0, random.Next(0, 3)).Select(_ => $"{random.Next(1000, 9999)}").ToList();
            var uitkomst = aanbieder.BiedAan(
                expertise,
                Periode.Van(new DateOnly(jaar, 8, 1), new DateOnly(jaar + 1, 7, 31)).Waarde,
                Werkgebied.Van(swvs, postcodes).Waarde,
                random.Next(3) == 0 ? null : random.Next(5, 60));
            if (!uitkomst.IsGelukt)
            {
                throw new InvalidOperationException($"Generated aanbod breaks a rule: {uitkomst.Fouten[0].Melding}");
            }
        }

        return aanbieder;
    }

    private static Domain.Common.Result<Communicatiecontext> Context(string context, string gebruiker) =>
        Communicatiecontext.Van(context, $"{gebruiker}@aanbieder.example.nl", "030 123 45 67", null, null, "Voorbeeldstraat 1, Utrecht", "communicatiecontexten");
}
