using System.Globalization;

namespace PassendOnderwijs.Domain.Common;

/// <summary>
/// Dates in messages for people, as Dutch readers write them: "14 maart 2027", never ISO. The month names are our own
/// instead of the nl-NL culture's, because the API runs with invariant globalization (no ICU data), where nl-NL would
/// silently give English or ISO-like output.
/// </summary>
public static class NederlandseDatum
{
    private static readonly string[] Maanden =
    [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ];

    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The day an instant falls on in the Netherlands.</summary>
    public static DateOnly Van(DateTimeOffset tijdstip) => DateOnly.FromDateTime(Lokaal(tijdstip));

    /// <summary>The Dutch wall-clock time of an instant (winter or summer time), e.g. for a spreadsheet cell.</summary>
    public static DateTime Lokaal(DateTimeOffset tijdstip) => TimeZoneInfo.ConvertTime(tijdstip, Amsterdam).DateTime;

    /// <summary>The instant a Dutch calendar day starts: midnight in the Netherlands, as UTC.</summary>
    public static DateTimeOffset Begin(DateOnly dag)
    {
        var middernacht = dag.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(middernacht, Amsterdam.GetUtcOffset(middernacht)).ToUniversalTime();
    }

    /// <summary>"14 maart 2027".</summary>
    public static string Tekst(DateOnly datum) =>
        string.Create(CultureInfo.InvariantCulture, $"{datum.Day} {Maanden[datum.Month - 1]} {datum.Year}");
}
