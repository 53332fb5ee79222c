using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Domain.Schooljaren;
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

    /// <summary>
    /// A generated country the aanbieders work in (<see cref="LandelijkGenerator"/>): its samenwerkingsverbanden, the
    /// postcode areas of each one's region, and today, whose schooljaar the aanbod runs in.
    /// </summary>
    public sealed record Land(IReadOnlyList<SwvCode> Swvs, Func<SwvCode, (int Eerste, int Aantal)> Regio, DateOnly Vandaag);

    /// <summary>Generates up to <paramref name="aantal"/> aanbieders; false when the register already has as many.</summary>
    public static async Task<bool> GenereerAsync(PassendOnderwijsDbContext db, int aantal, Land? land = null)
    {
        if (await db.Onderwijsbegeleidingsaanbieders.CountAsync() >= aantal)
        {
            Console.WriteLine($"Het register heeft al {aantal} of meer aanbieders; niets gegenereerd.");
            return false;
        }

        var klok = Stopwatch.StartNew();
        var random = new Random(2705);
        for (var start = 0; start < aantal; start += PerBatch)
        {
            for (var i = start; i < Math.Min(aantal, start + PerBatch); i++)
            {
                db.Onderwijsbegeleidingsaanbieders.Add(land is null ? Maak(i, random) : MaakIn(land, i, random));
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        Console.WriteLine($"{aantal} aanbieders met elk {AanbodPerAanbieder} aangeboden begeleidingen gegenereerd in {klok.Elapsed.TotalSeconds:F1} s.");
        return true;
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
        // Most entries belong to the SWV that registered them, one in ten is national; not drawn from the random
        // stream, so the rest of the generated data stays what it was.
        var aanbieder = Registreer(nummer, random, nummer % 10 == 0 ? null : SwvCode.Parse($"PO{2001 + (nummer % 1000)}").Waarde);
        var licenties = LicentiesPerCluster[nummer % 4];

        // Ten offers: each expertise of the licence for consecutive school years, so none overlap.
        for (var i = 0; i < AanbodPerAanbieder; i++)
        {
            var jaar = 2024 + (i / licenties.Length);
            var swvs = Enumerable.Range(0, random.Next(0, 4)).Select(_ => $"PO{random.Next(2001, 3100)}").ToList();
            var postcodes = Enumerable.Range(0, random.Next(0, 3)).Select(_ => $"{random.Next(1000, 9999)}").ToList();
            BiedAan(aanbieder, licenties[i % licenties.Length], jaar, Werkgebied.Van(swvs, postcodes).Waarde, random);
        }

        return aanbieder;
    }

    /// <summary>
    /// An aanbieder of a generated country: it works in one region, as most do. Its werkgebied, the same for all its
    /// lines, is mostly its home SWV (with the other sector's SWV of the region in one case in five, a neighbouring
    /// region's in one in ten), else a few postcode areas of the region (15 %), and in two per thousand the whole
    /// country. Its lines run from last schooljaar on, each expertise of its licence for consecutive years, so every
    /// expertise has a line running today. That gives a pupil some 20–30 aanbieders per cluster asked, as a region has.
    /// </summary>
    private static Onderwijsbegeleidingsaanbieder MaakIn(Land land, int nummer, Random random)
    {
        var thuis = land.Swvs[random.Next(land.Swvs.Count)];
        var aanbieder = Registreer(nummer, random, nummer % 10 == 0 ? null : thuis);
        var licenties = LicentiesPerCluster[nummer % 4];
        var soort = random.NextDouble();
        var werkgebied = soort < 0.002
            ? Werkgebied.Van([], []).Waarde
            : soort < 0.15
                ? Werkgebied.Van([], [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Gebied(land, thuis, random)).Distinct()]).Waarde
                : Werkgebied.Van([.. new[] { thuis.Waarde, Buur(land, thuis, random, 0.2, andereSector: true), Buur(land, thuis, random, 0.1, andereSector: false) }.OfType<string>().Distinct()], []).Waarde;
        var eerste = Schooljaar.Op(land.Vandaag).Beginjaar - 1;
        for (var i = 0; i < AanbodPerAanbieder; i++)
        {
            BiedAan(aanbieder, licenties[i % licenties.Length], eerste + (i / licenties.Length), werkgebied, random);
        }

        return aanbieder;
    }

    private static string Gebied(Land land, SwvCode swv, Random random)
    {
        var (begin, aantal) = land.Regio(swv);
        return (begin + random.Next(aantal)).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>With chance <paramref name="kans"/>, the region's SWV of the other sector (PO2001 for VO2001) or the same sector's in the next region, when the country has it.</summary>
    private static string? Buur(Land land, SwvCode swv, Random random, double kans, bool andereSector)
    {
        if (random.NextDouble() >= kans)
        {
            return null;
        }

        var nummer = int.Parse(swv.Waarde[2..], System.Globalization.CultureInfo.InvariantCulture);
        var buur = andereSector ? $"{(swv.Waarde.StartsWith("PO", StringComparison.Ordinal) ? "VO" : "PO")}{nummer}" : $"{swv.Waarde[..2]}{nummer + 1}";
        return land.Swvs.Any(s => s.Waarde == buur) ? buur : null;
    }

    private static Onderwijsbegeleidingsaanbieder Registreer(int nummer, Random random, SwvCode? eigenaar)
    {
        var cluster = (nummer % 4) + 1;
        var naam = $"{Woorden[nummer % Woorden.Length]} {Woorden[(nummer / Woorden.Length) % Woorden.Length]} {nummer:D5}";
        var code = $"{nummer / 1000 % 1000:D3}{(char)('A' + (nummer / 1_000_000))}{nummer % 1000:D3}";
        return Onderwijsbegeleidingsaanbieder.Registreer(
            code,
            naam,
            internationaleNaam: null,
            new DateOnly(2010 + random.Next(10), 8, 1),
            $"Stichting {Woorden[nummer % Woorden.Length]}",
            Onderwijsinstellingserkenning.Van($"ERK-{code}", cluster, LicentiesPerCluster[cluster - 1]),
            [Context("ALGEMEEN", $"info{nummer}"), Context("AANMELDEN", $"aanmelden{nummer}")],
            eigenaar).Waarde;
    }

    /// <summary>One aangeboden begeleiding for the schooljaar starting in <paramref name="jaar"/>, with a capacity in two of three.</summary>
    private static void BiedAan(Onderwijsbegeleidingsaanbieder aanbieder, string expertise, int jaar, Werkgebied werkgebied, Random random)
    {
        var uitkomst = aanbieder.BiedAan(
            ExpertiseCode.Parse(expertise).Waarde,
            Periode.Van(new DateOnly(jaar, 8, 1), new DateOnly(jaar + 1, 7, 31)).Waarde,
            werkgebied,
            random.Next(3) == 0 ? null : random.Next(5, 60));
        if (!uitkomst.IsGelukt)
        {
            throw new InvalidOperationException($"Generated aanbod breaks a rule: {uitkomst.Fouten[0].Melding}");
        }
    }

    private static Domain.Common.Result<Communicatiecontext> Context(string context, string gebruiker) =>
        Communicatiecontext.Van(context, $"{gebruiker}@aanbieder.example.nl", "030 123 45 67", null, null, "Voorbeeldstraat 1, Utrecht", "communicatiecontexten");
}
