using System.Globalization;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Http.Tabeluitvoer;

/// <summary>
/// Dates and moments as a Dutch reader of a CSV file expects them: 14-03-2027 and 14-03-2027 09:30:00, in Dutch time
/// (<see cref="NederlandseDatum"/>, the product's one place for the Dutch time zone).
/// </summary>
internal static class NederlandseWeergave
{
    public static string Datum(DateOnly datum) => datum.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static DateTime Lokaal(DateTimeOffset tijdstip) => NederlandseDatum.Lokaal(tijdstip);

    public static string Tijdstip(DateTimeOffset tijdstip) => Lokaal(tijdstip).ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture);
}
