using System.Globalization;

namespace PassendOnderwijs.Application.Common.Tijd;

/// <summary>Dates and instants in query parameters: ISO 8601 only, so a client never depends on a culture.</summary>
public static class IsoDatum
{
    public static DateOnly? Lees(string? tekst) =>
        DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static DateTimeOffset? LeesTijdstip(string? tekst) =>
        tekst is { Length: <= 40 } && (tekst.EndsWith('Z') || tekst.LastIndexOfAny(['+', '-']) > 10)
        && DateTimeOffset.TryParse(tekst, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t.ToUniversalTime() : null;
}
