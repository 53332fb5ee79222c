using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvs;

/// <summary>The TLV list, paged by offset (<see cref="Offsetcursor{TLijst}"/>).</summary>
internal sealed class TlvCursor : IOffsetlijst
{
    public const int StandaardPageSize = 25;
    public const int MaximalePageSize = 100;

    public static Tokensoort Soort => Tokensoort.TlvCursor;
}
