using System.Globalization;

namespace PassendOnderwijs.Api.Http.Tabeluitvoer;

/// <summary>Dates and moments as a Dutch reader of a CSV file expects them: 14-03-2027 and 14-03-2027 09:30:00, in Dutch time.</summary>
internal static class NederlandseWeergave
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static string Datum(DateOnly datum) => datum.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static DateTime Lokaal(DateTimeOffset tijdstip) => TimeZoneInfo.ConvertTime(tijdstip, Amsterdam).DateTime;

    public static string Tijdstip(DateTimeOffset tijdstip) => Lokaal(tijdstip).ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture);
}
