using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Dossiers.Oso;
using PassendOnderwijs.Infrastructure;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Benchmarks;

/// <summary>
/// What reading and validating an OSO dossier costs, without HTTP or a database: each official example (or the files
/// given) N times through the reader as the API wires it (XSD pass, tree pass) and the rules beyond the XSD. Prints the
/// median and p99 per dossier and the process's peak working set. Figures only; it asserts nothing.
/// </summary>
internal static class OsoLezen
{
    private const int Opwarmen = 20;

    public static int VoerUit(int aantal, IReadOnlyList<string> bestanden)
    {
        var configuratie = new ConfigurationBuilder().Build();
        using var provider = new ServiceCollection().AddLogging().AddInfrastructure(configuratie).BuildServiceProvider();
        var lezer = provider.GetRequiredService<IOsoLezer>();
        var dossiers = bestanden.Count > 0
            ? bestanden
            : Directory.GetFiles(Path.Combine(Repository.Root, "tests", "TestData", "Oso"), "*.xml").Order(StringComparer.Ordinal).ToList();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"OSO-dossier lezen en valideren (XSD en de regels daarbuiten), {aantal} keer per dossier, na {Opwarmen} keer opwarmen:"));
        var fout = false;
        foreach (var pad in dossiers)
        {
            var bytes = File.ReadAllBytes(pad);
            var eerste = Lees(lezer, bytes);
            if (eerste > 0)
            {
                Console.Error.WriteLine($"  {Path.GetFileName(pad)}: {eerste} problemen; gemeten wordt alleen een geldig dossier.");
                fout = true;
                continue;
            }

            for (var i = 0; i < Opwarmen; i++) Lees(lezer, bytes);
            var tijden = new double[aantal];
            for (var i = 0; i < aantal; i++)
            {
                var start = Stopwatch.GetTimestamp();
                Lees(lezer, bytes);
                tijden[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            Array.Sort(tijden);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {Path.GetFileName(pad),-45} {bytes.Length / 1024.0,8:F0} KB  mediaan {tijden[aantal / 2],7:F2} ms  p99 {tijden[Math.Min(aantal - 1, (int)(aantal * 0.99))],7:F2} ms"));
        }

        using var proces = Process.GetCurrentProcess();
        proces.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  piek working set van dit proces: {proces.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB"));
        return fout ? 1 : 0;
    }

    /// <summary>One read as the import does it: the reader, then the rules on a valid dossier. Returns the number of problems.</summary>
    private static int Lees(IOsoLezer lezer, byte[] bytes)
    {
        var resultaat = lezer.Lees(bytes);
        return resultaat.Dossier is { } dossier ? OsoRegels.Controleer(dossier).Count : Math.Max(1, resultaat.Problemen.Count);
    }
}
