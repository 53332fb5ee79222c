namespace PassendOnderwijs.Domain.Common;

/// <summary>
/// A date as people read it in a sentence: "3 maart 2026". Written out by hand, because the server's culture data
/// (or its absence) must never change what a reason in the werkvoorraad says.
/// </summary>
public static class Datumtekst
{
    private static readonly string[] Maanden =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    public static string Lang(DateOnly datum) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{datum.Day} {Maanden[datum.Month - 1]} {datum.Year}");
}
