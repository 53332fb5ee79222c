namespace PassendOnderwijs.Domain.Common;

/// <summary>
/// An aggregate the store numbers in commit order: every committed change gets a higher <see cref="Versie"/> than any
/// change committed before it (a trigger, one sequence per table). That is what lets a LAS keep a copy: a full copy
/// pages through it by <see cref="Id"/> (UUID v7, so creation order), and a change feed follows it by number. The same
/// number is the concurrency token a step is based on (If-Match) and the ETag.
/// </summary>
public interface IGenummerd
{
    Guid Id { get; }

    long Versie { get; }
}
