using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common;

/// <summary>
/// Every change names the version it was based on (If-Match); a change based on an older one would silently undo
/// someone else's work.
/// </summary>
public static class Versiecontrole
{
    public static Fout? Controleer(long? verwacht, long actueel, string wat) =>
        verwacht switch
        {
            null => Fout.VersieVereist(
                "versie-vereist",
                $"Stuur de ETag van de versie waarop uw wijziging is gebaseerd mee in If-Match (nu \"{actueel}\")."),
            { } v when v != actueel => Fout.VersieVerouderd(
                "versie-verouderd",
                $"Iemand anders heeft {wat} intussen gewijzigd. Haal de nieuwe versie op en probeer het opnieuw."),
            _ => null,
        };
}
