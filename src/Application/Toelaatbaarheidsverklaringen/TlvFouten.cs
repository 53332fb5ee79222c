using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;

internal static class TlvFouten
{
    /// <summary>Also for a TLV the caller may not see (another school's pupil, a deskundige not asked to advise on it).</summary>
    public static Fout Onbekend(Guid id) => Fout.NietGevonden("tlv-onbekend", $"Er is geen toelaatbaarheidsverklaring {id} die u mag zien.");

    public static Fout BeschikkingsnummerBestaat(string nummer) =>
        Fout.Conflict("beschikkingsnummer-bestaat", $"Het beschikkingsnummer {nummer} is al gebruikt voor een andere toelaatbaarheidsverklaring.");
}
