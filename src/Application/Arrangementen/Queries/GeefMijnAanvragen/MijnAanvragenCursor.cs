using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Arrangementen.Queries.GeefMijnAanvragen;

/// <summary>
/// Where a page of "mijn aanvragen" ends: how many rows of the same selection and order came before. An offset, as for
/// the schools: one person has few requests in progress, and the order (by date) is not unique on its own.
/// </summary>
internal sealed record MijnAanvragenCursor(long Overslaan) : ISynctokenInhoud<MijnAanvragenCursor>
{
    public const int StandaardPageSize = 25;
    public const int MaximalePageSize = 100;

    public static Tokensoort Soort => Tokensoort.MijnAanvragenCursor;

    public static MijnAanvragenCursor? Lees(ref TokenLezer lezer) => lezer.Geheel(out var overslaan) ? new MijnAanvragenCursor(overslaan) : null;

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Geheel(Overslaan);
    }
}
