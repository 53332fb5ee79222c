using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Deskundigen;

/// <summary>
/// The deskundigen list, paged by offset (<see cref="Offsetcursor{TLijst}"/>). An offset,
/// as for schools: an SWV registers tens of deskundigen, so skipping rows costs nothing, and one registered while
/// someone pages only shifts that person's list by one row.
/// </summary>
internal sealed class DeskundigenCursor : IOffsetlijst
{
    public const int StandaardPageSize = 50;

    /// <summary>Room for every deskundige of a large SWV in one call, for pickers that need all of them.</summary>
    public const int MaximalePageSize = 500;

    public static Tokensoort Soort => Tokensoort.DeskundigenCursor;
}
