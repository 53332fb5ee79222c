using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Leerlingen;

/// <summary>
/// Where a page of a pupil search ends: how many pupils of the same search and order came before. An offset and not
/// a key: the key of the name order is the name itself, and a token holding a pupil's name would carry personal data
/// to wherever tokens are kept. A search shows a few pages at most, so skipping rows costs nothing; a pupil registered
/// while someone pages only shifts that person's list by one row.
/// </summary>
internal sealed record LeerlingZoekCursor(long Overslaan) : ISynctokenInhoud<LeerlingZoekCursor>
{
    public static Tokensoort Soort => Tokensoort.LeerlingZoekCursor;

    public static LeerlingZoekCursor? Lees(ref TokenLezer lezer) => lezer.Geheel(out var overslaan) ? new LeerlingZoekCursor(overslaan) : null;

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Geheel(Overslaan);
    }
}
