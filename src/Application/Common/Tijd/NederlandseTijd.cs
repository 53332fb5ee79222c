namespace PassendOnderwijs.Application.Common.Tijd;

/// <summary>Dates in the domain (a schooljaar, a deadline) are Dutch calendar dates, whatever the server's zone.</summary>
public static class NederlandseTijd
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Vandaag(TimeProvider klok)
    {
        ArgumentNullException.ThrowIfNull(klok);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(klok.GetUtcNow(), Amsterdam).DateTime);
    }
}
