using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen;

internal static class OppFouten
{
    /// <summary>Also for a plan the caller may not see (another school's pupil; SWV staff without an arrangement or TLV of the pupil).</summary>
    public static Fout Onbekend(Guid id) => Fout.NietGevonden("opp-onbekend", $"Er is geen OPP {id} dat u mag zien.");

    public static Fout BestaatAl(Guid id) =>
        Fout.Conflict("opp-bestaat", $"Deze leerling heeft op deze school al een OPP ({id}); werk dat bij of sluit het eerst af.");
}
