namespace PassendOnderwijs.Domain.Common;

/// <summary>
/// Base of every aggregate: the consistency boundary that guards its own invariants and records the events it raised,
/// so the infrastructure can publish them only after the state change is committed.
/// </summary>
public abstract class AggregateRoot<TId> : IAggregateRoot
    where TId : notnull
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public TId Id { get; protected init; } = default!;

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}
