namespace PassendOnderwijs.Domain.Common;

/// <summary>Something that happened in the domain; dispatched after the transaction that caused it commits.</summary>
public interface IDomainEvent
{
    DateTimeOffset Op { get; }
}
