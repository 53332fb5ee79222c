namespace PassendOnderwijs.Domain.Common;

/// <summary>A list in a Dutch sentence: "a, b of c".</summary>
public static class Opsomming
{
    public static string Of(IReadOnlyList<string> waarden)
    {
        ArgumentNullException.ThrowIfNull(waarden);
        return waarden.Count <= 1 ? string.Concat(waarden) : string.Join(", ", waarden.Take(waarden.Count - 1)) + " of " + waarden[^1];
    }
}
