using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.Infrastructure.Persistence;

namespace PassendOnderwijs.Benchmarks;

/// <summary>
/// A samenwerkingsverband at its real size for the list benchmarks: the demo SWV PO2705 plus N schools under ten
/// extra besturen (spread over the demo indeling's regio's) and M pupils spread over every school, each made through
/// the domain and stored through the product's EF mapping. Deterministic per seed, except for the ids.
/// </summary>
internal static class LijstenGenerator
{
    private const string Swv = "PO2705";
    private const int PerBatch = 1000;

    private static readonly string[] Voornamen = ["Sanne", "Daan", "Noah", "Emma", "Liam", "Julia", "Finn", "Tess", "Sem", "Mila", "Lucas", "Zoë", "Levi", "Nora", "Milan", "Saar", "Bram", "Evi", "Jesse", "Lotte"];
    private static readonly string[] Achternamen = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf"];
    private static readonly string[] Namen = ["De Regenboog", "Het Kompas", "De Wegwijzer", "De Vlinder", "De Bron", "Het Palet", "De Sterrenkijker", "De Linde", "Het Anker", "De Zonnewijzer"];
    private static readonly string[] Plaatsen = ["Amersfoort", "Baarn", "Soest", "Leusden", "Nijkerk", "Bunschoten", "Woudenberg", "Eemnes", "Scherpenzeel", "Barneveld"];
    private static readonly SoortSchool[] Soorten = [SoortSchool.Bao, SoortSchool.Bao, SoortSchool.Bao, SoortSchool.Bao, SoortSchool.Sbo, SoortSchool.So];

    public static async Task GenereerAsync(PassendOnderwijsDbContext db, int aantalScholen, int aantalLeerlingen)
    {
        var code = SwvCode.Parse(Swv).Waarde;
        var swv = await db.Samenwerkingsverbanden.IgnoreQueryFilters().SingleOrDefaultAsync(s => s.Id == code)
            ?? throw new InvalidOperationException($"{Swv} is missing: start the API with Demo__Aan=true first.");
        var bestaand = await db.Scholen.IgnoreQueryFilters().CountAsync(s => s.Samenwerkingsverband == code);
        if (bestaand >= aantalScholen)
        {
            Console.WriteLine($"{Swv} heeft al {bestaand} scholen; niets gegenereerd.");
            return;
        }

        var klok = Stopwatch.StartNew();
        var random = new Random(2705);
        var regios = swv.Regios.ToList();
        var besturen = Enumerable.Range(0, 10)
            .Select(i => Schoolbestuur.Registreer(code, (42000 + i).ToString(CultureInfo.InvariantCulture), $"Stichting Benchmark {i + 1}").Waarde).ToList();
        db.Schoolbesturen.AddRange(besturen);

        var scholen = new List<School>();
        for (var i = 0; i < aantalScholen; i++)
        {
            // 90AA00, 90AA01, … : BRIN codes no demo school uses, two vestigingen per BRIN.
            var brin = $"{90 + (i / 2 / 676 % 10)}{(char)('A' + (i / 2 / 26 % 26))}{(char)('A' + (i / 2 % 26))}";
            var vestiging = VestigingCode.Parse($"{brin}{i % 2:00}").Waarde;
            var regio = regios[i % regios.Count];
            var netwerk = regio.LokaleNetwerken.Count == 0 ? null : regio.LokaleNetwerken[i % regio.LokaleNetwerken.Count];
            scholen.Add(School.Registreer(
                swv, besturen[i % besturen.Count], vestiging, $"{Namen[i % Namen.Length]} {Plaatsen[i / Namen.Length % Plaatsen.Length]} {i + 1}",
                Soorten[i % Soorten.Length], regio.Naam, netwerk, alGeregistreerdIn: []).Waarde);
        }

        db.Scholen.AddRange(scholen);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var vandaag = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var start = 0; start < aantalLeerlingen; start += PerBatch)
        {
            for (var i = start; i < Math.Min(aantalLeerlingen, start + PerBatch); i++)
            {
                var leeftijd = random.Next(4, 13);
                db.Leerlingen.Add(Leerling.Registreer(
                    scholen[i % scholen.Count],
                    Voornamen[random.Next(Voornamen.Length)],
                    Achternamen[random.Next(Achternamen.Length)],
                    vandaag.AddYears(-leeftijd).AddDays(-random.Next(365)),
                    $"{Math.Clamp(leeftijd - 3, 1, 8)}",
                    vandaag).Waarde);
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        Console.WriteLine($"{aantalScholen} scholen onder {besturen.Count} besturen en {aantalLeerlingen} leerlingen gegenereerd in {klok.Elapsed.TotalSeconds:F1} s.");
    }
}
