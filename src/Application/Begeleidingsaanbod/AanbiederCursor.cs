using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>
/// Where a page of the full list ends: the last aanbieder shown (ids are UUID v7, so this is registration order), and the registry's change number when the first page
/// was read. That number becomes the change feed token at the end, so a change made while a client pages through
/// is not lost: it reaches the client through the feed (perhaps twice, which a sync handles as an update).
/// Public for the benchmark baseline, which must answer with the same bytes as the list.
/// </summary>
public sealed record AanbiederCursor(Guid Na, long Vanaf) : ISynctokenInhoud<AanbiederCursor>
{
    public static Tokensoort Soort => Tokensoort.AanbiedersCursor;

    public static AanbiederCursor? Lees(ref TokenLezer lezer) =>
        lezer.Id(out var na) && lezer.Geheel(out var vanaf) ? new AanbiederCursor(na, vanaf) : null;

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Id(Na).Geheel(Vanaf);
    }
}
