namespace PassendOnderwijs.Application.Common.Synctokens;

/// <summary>
/// Where a page of a full copy ends (the last id; UUID v7, so creation order) and the change number read before the
/// first page, which becomes the change feed token at the end: a change made while a client pages through reaches it
/// through the feed.
/// </summary>
internal sealed record Synccursor<TFeed>(Guid Na, long Vanaf) : ISynctokenInhoud<Synccursor<TFeed>>
    where TFeed : ISyncsoorten
{
    public static Tokensoort Soort => TFeed.Cursorsoort;

    public static Synccursor<TFeed>? Lees(ref TokenLezer lezer) =>
        lezer.Id(out var na) && lezer.Geheel(out var vanaf) ? new Synccursor<TFeed>(na, vanaf) : null;

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Id(Na).Geheel(Vanaf);
    }
}
