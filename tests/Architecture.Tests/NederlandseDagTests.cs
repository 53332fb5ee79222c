using System.Text.RegularExpressions;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Architecture.Tests;

/// <summary>
/// A date in the domain or a use case is the Dutch calendar day (<c>NederlandseDatum.Van</c>): the UTC day is the day
/// before between midnight and 01:00/02:00 in the Netherlands, which moved terms and "vandaag" checks by a day, and the
/// server's local time depends on how the machine is set up. A source scan, because the call is invisible to reflection.
/// </summary>
public partial class NederlandseDagTests
{
    [Test]
    public void Domain_and_use_cases_take_the_Dutch_day_of_an_instant()
    {
        var overtredingen = new[] { "src/Domain", "src/Application" }
            .SelectMany(map => Directory.EnumerateFiles(Path.Combine(Repository.Root, map), "*.cs", SearchOption.AllDirectories))
            .Where(pad => !pad.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(pad => File.ReadLines(pad).Select((regel, i) => (pad, regel, i)))
            .Where(r => UtcOfLokaleDag().IsMatch(r.regel))
            .Select(r => $"{Path.GetRelativePath(Repository.Root, r.pad)}:{r.i + 1}: {r.regel.Trim()}")
            .ToList();

        overtredingen.ShouldBeEmpty("use NederlandseDatum.Van(tijdstip) for the day an instant falls on");
    }

    [GeneratedRegex(@"FromDateTime\([^)]*\.UtcDateTime\)|GetLocalNow\(|DateTime\.Today|DateTime\.Now\b")]
    private static partial Regex UtcOfLokaleDag();
}
