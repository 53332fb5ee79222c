using System.Globalization;

namespace PassendOnderwijs.Domain.Common;

/// <summary>
/// A number as Dutch readers write it: "12,5", "0,75". The decimal comma by hand, as <see cref="NederlandseDatum"/>
/// writes its months: the API runs with invariant globalization, where the nl-NL culture does not exist
/// (GetCultureInfo throws).
/// </summary>
public static class NederlandsGetal
{
    public static string Tekst(decimal getal) => getal.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
}
