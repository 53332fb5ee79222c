namespace PassendOnderwijs.Infrastructure.Outbox;

/// <summary>
/// One domain event waiting for (or past) delivery. Written in the transaction of the change that raised it, so an
/// event exists exactly when its change was committed.
/// </summary>
public sealed class OutboxBericht
{
    public const int MaximaleLengteFout = 2000;

    public Guid Id { get; init; }

    /// <summary>Global order: taken from one sequence when written. Per aggregate this is commit order (see README).</summary>
    public long Volgnummer { get; init; }

    /// <summary>The aggregate's class name, e.g. Arrangement.</summary>
    public required string AggregaatType { get; init; }

    /// <summary>The aggregate's key as it is stored.</summary>
    public required string AggregaatId { get; init; }

    /// <summary>The event's class name, e.g. ArrangementToegekend (see <see cref="GebeurtenisSoorten"/>).</summary>
    public required string Soort { get; init; }

    /// <summary>The event as JSON.</summary>
    public required string Inhoud { get; init; }

    /// <summary>When it happened (the event's own Op).</summary>
    public DateTimeOffset Op { get; init; }

    public int Pogingen { get; init; }

    /// <summary>Not delivered before this instant: the first time when written, later after each failure (backoff).</summary>
    public DateTimeOffset VolgendePogingOp { get; init; }

    public string? LaatsteFout { get; init; }

    /// <summary>Every consumer has handled it.</summary>
    public DateTimeOffset? VerwerktOp { get; init; }

    /// <summary>Given up after the maximum number of attempts; it then holds back its aggregate's later events.</summary>
    public DateTimeOffset? MisluktOp { get; init; }
}
