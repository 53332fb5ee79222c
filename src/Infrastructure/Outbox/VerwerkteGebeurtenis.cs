namespace PassendOnderwijs.Infrastructure.Outbox;

/// <summary>
/// That one consumer handled one event. Written in the same transaction as that consumer's own changes, so a
/// redelivered event (delivery is at least once) is skipped for the consumers that already handled it.
/// </summary>
public sealed class VerwerkteGebeurtenis
{
    public const int MaximaleLengteConsument = 300;

    public required string Consument { get; init; }

    public Guid GebeurtenisId { get; init; }

    public DateTimeOffset VerwerktOp { get; init; }
}
