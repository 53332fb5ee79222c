using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Leerlingen;

/// <summary>
/// The pupil search, paged by offset (<see cref="Offsetcursor{TLijst}"/>). An offset and not
/// a key: the key of the name order is the name itself, and a token holding a pupil's name would carry personal data
/// to wherever tokens are kept. A search shows a few pages at most, so skipping rows costs nothing; a pupil registered
/// while someone pages only shifts that person's list by one row.
/// </summary>
internal sealed class LeerlingZoekCursor : IOffsetlijst
{
    public static Tokensoort Soort => Tokensoort.LeerlingZoekCursor;
}
