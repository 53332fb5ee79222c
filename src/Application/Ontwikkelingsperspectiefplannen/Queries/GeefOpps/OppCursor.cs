using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Ontwikkelingsperspectiefplannen.Queries.GeefOpps;

/// <summary>The OPP list, paged by offset (<see cref="Offsetcursor{TLijst}"/>).</summary>
internal sealed class OppCursor : IOffsetlijst
{
    public const int StandaardPageSize = 25;
    public const int MaximalePageSize = 100;

    public static Tokensoort Soort => Tokensoort.OppCursor;
}
