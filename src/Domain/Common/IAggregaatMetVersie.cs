namespace PassendOnderwijs.Domain.Common;

/// <summary>
/// An aggregate the store numbers on every save: its <see cref="Versie"/> is the concurrency token a step is based on
/// (If-Match), the ETag and its place in a change feed.
/// </summary>
public interface IAggregaatMetVersie
{
    Guid Id { get; }

    long Versie { get; }
}
