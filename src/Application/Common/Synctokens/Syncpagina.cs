namespace PassendOnderwijs.Application.Common.Synctokens;

/// <summary>A page of a full copy (<see cref="Syncfeed{TFeed, T}.VolledigAsync"/>); each feed names its items in its own answer.</summary>
/// <param name="VolgendeCursor">Null on the last page.</param>
/// <param name="WijzigingenToken">On the last page only: where the change feed starts.</param>
public sealed record Syncpagina<TItem>(IReadOnlyList<TItem> Items, string? VolgendeCursor, string? WijzigingenToken);

/// <summary>An answer of a change feed (<see cref="Syncfeed{TFeed, T}.WijzigingenAsync"/>).</summary>
/// <param name="WijzigingenToken">Where the client continues, straight away when <paramref name="MeerWijzigingen"/> is true.</param>
public sealed record Syncwijzigingen<TItem>(IReadOnlyList<TItem> Items, string WijzigingenToken, bool MeerWijzigingen);
