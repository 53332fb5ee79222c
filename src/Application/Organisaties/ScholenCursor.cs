using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Organisaties;

/// <summary>
/// The scholen list, paged by offset (<see cref="Offsetcursor{TLijst}"/>). An offset and
/// not a key, because a school is keyed and sorted by a converted value (its vestiging) that SQL cannot compare
/// through EF; an SWV holds a few hundred schools, so skipping rows costs nothing, and a school registered while
/// someone pages only shifts that person's list by one row.
/// </summary>
internal sealed class ScholenCursor : IOffsetlijst
{
    public const int StandaardPageSize = 50;

    /// <summary>Room for every school of a large SWV in one call, for pickers that need all of them.</summary>
    public const int MaximalePageSize = 500;

    public static Tokensoort Soort => Tokensoort.ScholenCursor;
}
