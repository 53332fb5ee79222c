namespace PassendOnderwijs.Domain.Common;

/// <summary>What the infrastructure needs of any aggregate, whatever its id type: the events it raised since it was loaded.</summary>
public interface IAggregateRoot
{
    IReadOnlyList<IDomainEvent> DomainEvents { get; }

    void ClearDomainEvents();
}
