namespace PassendOnderwijs.Application.Common;

/// <summary>
/// A resource under optimistic concurrency: <see cref="Versie"/> is its ETag, what a change names in If-Match, and
/// (for aanbieders and arrangementen) its place in the change feed.
/// </summary>
public interface IGeversioneerd
{
    long Versie { get; }
}
