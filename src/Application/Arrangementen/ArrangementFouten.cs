using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Arrangementen;

internal static class ArrangementFouten
{
    /// <summary>Also for an arrangement of a pupil outside the caller's vestigingen.</summary>
    public static Fout Onbekend(Guid id) => Fout.NietGevonden("arrangement-onbekend", $"Er is geen arrangement {id} dat u mag zien.");
}
