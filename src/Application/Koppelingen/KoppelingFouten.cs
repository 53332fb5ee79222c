using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Koppelingen;

public static class KoppelingFouten
{
    public static Fout Onbekend(string clientId) =>
        Fout.NietGevonden("koppeling-onbekend", $"Er is geen koppeling {clientId} in uw samenwerkingsverband.");

    /// <summary>Two changes to one koppeling at the same moment: the first one counts, this one changed nothing.</summary>
    public static Fout GelijktijdigGewijzigd(string clientId) =>
        Fout.Conflict(
            "koppeling-gelijktijdig-gewijzigd",
            $"Koppeling {clientId} werd op hetzelfde moment door iemand anders gewijzigd; deze wijziging is niet uitgevoerd. Haal de koppeling opnieuw op.");
}
