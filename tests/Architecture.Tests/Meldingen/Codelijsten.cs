using System.Reflection;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Architecture.Tests.Meldingen;

/// <summary>Every code list of the domain and the application (each static <see cref="Codelijst{T}"/> property), found by reflection.</summary>
internal static class Codelijsten
{
    public sealed record Lijst(string Waar, string? Naam, IReadOnlyCollection<string> Codes, IReadOnlyDictionary<string, string> Labels, Func<string> Keuzemelding);

    public static IReadOnlyList<Lijst> Alle() =>
    [
        .. new[] { typeof(Fout).Assembly, typeof(Application.DependencyInjection).Assembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Codelijst<>))
            .Select(p => Maak($"{p.DeclaringType!.Name}.{p.Name}", p.GetValue(null)!)),
    ];

    /// <summary>
    /// The codes with a hyphen ("in-behandeling", "swv-beheerder"), which a sentence never holds; a code that is also how
    /// its label reads in a sentence ("onderwijs-jeugdhulparrangement") is a word and may.
    /// </summary>
    public static IReadOnlySet<string> CodesDieGeenWoordZijn()
    {
        var lijsten = Alle();
        var woorden = lijsten.SelectMany(l => l.Labels.Values).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return lijsten.SelectMany(l => l.Codes).Where(c => c.Contains('-', StringComparison.Ordinal) && !woorden.Contains(c)).ToHashSet(StringComparer.Ordinal);
    }

    private static Lijst Maak(string waar, object lijst)
    {
        var type = lijst.GetType();
        return new Lijst(
            waar,
            (string?)type.GetProperty(nameof(Codelijst<FoutSoort>.Naam))!.GetValue(lijst),
            (IReadOnlyCollection<string>)type.GetProperty(nameof(Codelijst<FoutSoort>.Alle))!.GetValue(lijst)!,
            (IReadOnlyDictionary<string, string>)type.GetProperty(nameof(Codelijst<FoutSoort>.Labels))!.GetValue(lijst)!,
            () => (string)type.GetMethod(nameof(Codelijst<FoutSoort>.KiesUitDeLijst), Type.EmptyTypes)!.Invoke(lijst, null)!);
    }
}
