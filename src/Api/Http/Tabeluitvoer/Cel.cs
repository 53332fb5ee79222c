namespace PassendOnderwijs.Api.Http.Tabeluitvoer;

/// <summary>
/// One value of an exported row, with its kind: a spreadsheet gets text as text, a date as a real date and a number
/// as a number; a CSV file gets them as a Dutch reader expects (14-03-2027). Text is never a formula.
/// </summary>
internal readonly record struct Cel
{
    private Cel(string? tekst, DateOnly? datum, DateTimeOffset? tijdstip, decimal? getal)
    {
        Tekst = tekst;
        Datum = datum;
        Tijdstip = tijdstip;
        Getal = getal;
    }

    public string? Tekst { get; }

    public DateOnly? Datum { get; }

    public DateTimeOffset? Tijdstip { get; }

    public decimal? Getal { get; }

    public static Cel Leeg { get; }

    public static Cel AlsTekst(string? tekst) => new(tekst, null, null, null);

    public static Cel AlsDatum(DateOnly? datum) => new(null, datum, null, null);

    /// <summary>A moment, shown in Dutch time (the audit log's 'op').</summary>
    public static Cel AlsTijdstip(DateTimeOffset? tijdstip) => new(null, null, tijdstip, null);

    public static Cel AlsGetal(long? getal) => new(null, null, null, getal);

    /// <summary>A number with decimals (hours in quarters, an amount in euro): a number in a spreadsheet, "12,25" in CSV.</summary>
    public static Cel AlsGetal(decimal? getal) => new(null, null, null, getal);

    public static Cel AlsJaNee(bool waarde) => AlsTekst(waarde ? "ja" : "nee");
}

/// <summary>A column of an exported list: its Dutch heading and how a row gives its value.</summary>
internal sealed record Kolom<T>(string Kop, Func<T, Cel> Waarde);

/// <summary>
/// A list as a file: the name of the file (and of the sheet), e.g. "arrangementen", and its columns in order.
/// Each list declares one next to its endpoints; <see cref="Tabelbestand"/> writes it as CSV or XLSX.
/// </summary>
internal sealed record Tabel<T>(string Naam, IReadOnlyList<Kolom<T>> Kolommen);
