using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Portfolio.Middelen;

/// <summary>
/// Rules for an amount in euro and for a calendar year, shared by the middelen and the samenwerkingsprojecten: whole
/// cents, never negative, and a year the SWV plausibly works in.
/// </summary>
public static class Bedrag
{
    /// <summary>Far above any SWV's yearly budget: a larger amount is a typing error.</summary>
    public const decimal Maximum = 100_000_000m;

    public const int EersteJaar = 2014;
    public const int LaatsteJaar = 2100;

    public static Fout? Controleer(decimal? bedrag, string veld, string omschrijving)
    {
        if (bedrag is not { } waarde)
        {
            return Fout.Ongeldig("bedrag-vereist", $"Geef {omschrijving} in euro.", veld);
        }

        if (waarde < 0)
        {
            return Fout.Ongeldig("bedrag-negatief", "Een bedrag is 0 euro of meer.", veld);
        }

        if (waarde > Maximum)
        {
            return Fout.Ongeldig("bedrag-te-hoog", "Een bedrag is hoogstens 100.000.000 euro.", veld);
        }

        return decimal.Round(waarde, 2) != waarde
            ? Fout.Ongeldig("bedrag-in-centen", "Geef een bedrag in hele centen, met hoogstens twee cijfers achter de komma.", veld)
            : null;
    }

    public static Fout? ControleerJaar(int? jaar, string veld = "jaar") =>
        jaar is { } j && j >= EersteJaar && j <= LaatsteJaar
            ? null
            : Fout.Ongeldig("ongeldig-jaar", $"Geef een kalenderjaar van {EersteJaar} tot en met {LaatsteJaar}.", veld);

    /// <summary>"€ 12.500,00", as a Dutch text shows an amount.</summary>
    /// <remarks>Written by hand: the app runs in globalization-invariant mode, which knows no nl-NL.</remarks>
    public static string Tekst(decimal bedrag) =>
        "€ " + string.Concat(bedrag.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture)
            .Select(c => c switch { ',' => '.', '.' => ',', _ => c }));
}
