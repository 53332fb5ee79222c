using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

internal static class AanbiederFouten
{
    public static Fout Onbekend(string code) =>
        Fout.NietGevonden("aanbieder-onbekend", $"Er is geen onderwijsbegeleidingsaanbieder met code {code}.");

    /// <summary>
    /// Every change names the version it was based on (If-Match); a change based on an older one would silently
    /// undo someone else's work.
    /// </summary>
    public static Fout? Versiecontrole(long? verwacht, Onderwijsbegeleidingsaanbieder aanbieder) =>
        verwacht switch
        {
            null => Fout.VersieVereist(
                "versie-vereist",
                $"Stuur de ETag van de versie waarop je wijziging is gebaseerd mee in If-Match (nu \"{aanbieder.Versie}\")."),
            { } v when v != aanbieder.Versie => Fout.VersieVerouderd(
                "versie-verouderd",
                "Deze aanbieder is gewijzigd sinds je hem ophaalde. Haal de nieuwe versie op en probeer het opnieuw."),
            _ => null,
        };
}
