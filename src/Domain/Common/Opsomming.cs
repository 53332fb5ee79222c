namespace PassendOnderwijs.Domain.Common;

/// <summary>A list in a Dutch sentence: "a, b of c", "a, b en c".</summary>
public static class Opsomming
{
    public static string Of(IReadOnlyList<string> waarden) => Met(waarden, "of");

    public static string En(IReadOnlyList<string> waarden) => Met(waarden, "en");

    private static string Met(IReadOnlyList<string> waarden, string voegwoord)
    {
        ArgumentNullException.ThrowIfNull(waarden);
        return waarden.Count <= 1 ? string.Concat(waarden) : $"{string.Join(", ", waarden.Take(waarden.Count - 1))} {voegwoord} {waarden[^1]}";
    }
}
