using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Thuiszitters.Queries.GeefThuiszitters;

/// <summary>
/// The thuiszitters register, paged by offset (<see cref="Offsetcursor{TLijst}"/>): its order (past the aim, then
/// longest at home) is computed from today's date and has no key a token could carry, and an SWV's register holds tens
/// to hundreds of entries, so skipping rows costs nothing.
/// </summary>
internal sealed class ThuiszittersCursor : IOffsetlijst
{
    public const int StandaardPageSize = 50;
    public const int MaximalePageSize = 200;

    public static Tokensoort Soort => Tokensoort.ThuiszittersCursor;
}
