using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Aanmeldingen.Queries.GeefAanmeldingen;

/// <summary>The aanmeldingen list, paged by offset (<see cref="Offsetcursor{TLijst}"/>).</summary>
internal sealed class AanmeldingCursor : IOffsetlijst
{
    public const int StandaardPageSize = 25;
    public const int MaximalePageSize = 100;

    public static Tokensoort Soort => Tokensoort.AanmeldingCursor;
}
