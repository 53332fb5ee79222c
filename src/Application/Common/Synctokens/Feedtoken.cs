namespace PassendOnderwijs.Application.Common.Synctokens;

/// <summary>
/// A change feed's token: the highest change number the client has seen. The aggregates such a feed follows are never
/// deleted (an ended one keeps its last status), so there are no tombstones to expire and a token stays valid.
/// </summary>
internal sealed record Feedtoken<TFeed>(long Vanaf) : ISynctokenInhoud<Feedtoken<TFeed>>
    where TFeed : ISyncsoorten
{
    public static Tokensoort Soort => TFeed.Tokensoort;

    public static Feedtoken<TFeed>? Lees(ref TokenLezer lezer) => lezer.Geheel(out var vanaf) ? new Feedtoken<TFeed>(vanaf) : null;

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Geheel(Vanaf);
    }
}
