using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvs;

/// <summary>Where a page of the TLV list ends: how many rows of the same selection and order came before.</summary>
internal sealed record TlvCursor(long Overslaan) : ISynctokenInhoud<TlvCursor>
{
    public const int StandaardPageSize = 25;
    public const int MaximalePageSize = 100;

    public static Tokensoort Soort => Tokensoort.TlvCursor;

    public static TlvCursor? Lees(ref TokenLezer lezer) => lezer.Geheel(out var overslaan) ? new TlvCursor(overslaan) : null;

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Geheel(Overslaan);
    }
}
