using System.Globalization;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Domain.Beleidsinformatie.Leerlingaantallen;

/// <summary>
/// The day pupils are counted: 1 October of a year, as DUO counts them for the funding and for the deelnamepercentage.
/// The first is 1 October 2014 (passend onderwijs began on 1 August 2014); a teldatum still to come has no pupils yet.
/// </summary>
public sealed record Teldatum
{
    public static readonly DateOnly Eerste = new(2014, 10, 1);

    private Teldatum(DateOnly datum) => Datum = datum;

    public DateOnly Datum { get; }

    public int Jaar => Datum.Year;

    /// <summary>The teldatum in a schooljaar: 1 October of its first calendar year.</summary>
    public static DateOnly In(Schooljaar jaar) => new(jaar.Beginjaar, 10, 1);

    /// <summary>The teldatum of a day: the last 1 October on or before it.</summary>
    public static Teldatum Laatste(DateOnly vandaag) =>
        new(vandaag >= new DateOnly(vandaag.Year, 10, 1) ? new DateOnly(vandaag.Year, 10, 1) : new DateOnly(vandaag.Year - 1, 10, 1));

    /// <summary>From the route, as 2026-10-01; every problem with it in one answer.</summary>
    public static Result<Teldatum> Lees(string? tekst, DateOnly vandaag, string veld = "teldatum")
    {
        if (!DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            return Fout.Ongeldig("ongeldige-teldatum", "Geef de teldatum (1 oktober van een jaar) in de vorm jjjj-mm-dd.", veld);
        }

        return datum switch
        {
            { Month: not 10 } or { Day: not 1 } => Fout.Ongeldig("geen-teldatum", "De teldatum is altijd 1 oktober van een jaar.", veld),
            _ when datum < Eerste => Fout.Ongeldig("teldatum-te-vroeg", "De eerste teldatum van passend onderwijs is 1 oktober 2014.", veld),
            _ when datum > vandaag => Fout.Ongeldig("teldatum-in-toekomst", "Op een teldatum die nog moet komen, zijn nog geen leerlingen geteld.", veld),
            _ => new Teldatum(datum),
        };
    }
}
