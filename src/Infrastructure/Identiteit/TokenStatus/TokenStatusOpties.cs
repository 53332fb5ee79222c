namespace PassendOnderwijs.Infrastructure.Identiteit.TokenStatus;

/// <summary>Configuration section "Auth:TokenStatus": the in-memory cache of token entry statuses and its listener.</summary>
public sealed class TokenStatusOpties
{
    public const string Sectie = "Auth:TokenStatus";

    /// <summary>How often an idle listener proves its connection with a round trip to the database.</summary>
    public TimeSpan Hartslag { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long after its last proof the listener is still believed: after that (a connection lost without a
    /// word, as on a network partition) every request asks the database again. The longest a revocation can go unseen.</summary>
    public TimeSpan MaximaleStilte { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a status is kept; never longer than an access token lives.</summary>
    public TimeSpan MaximaleLeeftijd { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>At most this many statuses are kept; beyond that, new tokens are looked up in the database.</summary>
    public int MaximaalAantal { get; set; } = 100_000;

    /// <summary>The first wait before connecting again after the listener lost its connection; it doubles up to
    /// <see cref="LangsteWachtVoorHerverbinden"/>.</summary>
    public TimeSpan EersteWachtVoorHerverbinden { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan LangsteWachtVoorHerverbinden { get; set; } = TimeSpan.FromSeconds(30);
}
