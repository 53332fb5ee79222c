using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>
/// Where a page of the full list ends: the order of the list (an index into <see cref="AanbiederSortering.Alle"/>),
/// the last aanbieder shown by its sort key (naam or code) and id, and the registry's change number when the first
/// page was read. That number becomes the change feed token at the end, so a change made while a client pages
/// through is not lost: it reaches the client through the feed (perhaps twice, which a sync handles as an update),
/// also when a rename moves an aanbieder past the cursor.
/// Public for the benchmark baseline, which must answer with the same bytes as the list.
/// </summary>
public sealed record AanbiederCursor(Guid Na, long Vanaf, int Volgorde = 0, string? Sleutel = null) : ISynctokenInhoud<AanbiederCursor>
{
    public static Tokensoort Soort => Tokensoort.AanbiedersCursor;

    public static AanbiederCursor? Lees(ref TokenLezer lezer) =>
        lezer.Id(out var na) && lezer.Geheel(out var vanaf) && lezer.Geheel(out var volgorde) && volgorde < AanbiederSortering.Alle.Count
        && lezer.Tekst(out var sleutel)
            ? new AanbiederCursor(na, vanaf, (int)volgorde, sleutel)
            : null;

    public void Schrijf(TokenSchrijver schrijver)
    {
        ArgumentNullException.ThrowIfNull(schrijver);
        schrijver.Id(Na).Geheel(Vanaf).Geheel(Volgorde).Tekst(Sleutel);
    }
}

/// <summary>The values of <c>sorteer</c> on GET /onderwijsbegeleidingsaanbieders; their place in the list is written in the cursor.</summary>
public static class AanbiederSortering
{
    public const string Naam = "naam";
    public const string NaamAflopend = "-naam";
    public const string Code = "code";
    public const string CodeAflopend = "-code";

    public static readonly IReadOnlyList<string> Alle = [Naam, NaamAflopend, Code, CodeAflopend];

    /// <summary>The place of a known value; the validator refused any other.</summary>
    public static int Index(string sorteer) => Math.Max(0, Alle.ToList().IndexOf(sorteer));
}
