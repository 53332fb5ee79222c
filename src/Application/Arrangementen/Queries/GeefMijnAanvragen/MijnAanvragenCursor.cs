using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefMijnAanvragen;

/// <summary>
/// "Mijn aanvragen", paged by offset (<see cref="Offsetcursor{TLijst}"/>). An offset, as for
/// the schools: one person has few requests in progress, and the order (by date) is not unique on its own.
/// </summary>
internal sealed class MijnAanvragenCursor : IOffsetlijst
{
    public const int StandaardPageSize = 25;
    public const int MaximalePageSize = 100;

    public static Tokensoort Soort => Tokensoort.MijnAanvragenCursor;
}
