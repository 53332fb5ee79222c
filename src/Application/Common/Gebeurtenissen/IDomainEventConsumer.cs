using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Common.Gebeurtenissen;

/// <summary>
/// Reacts to a domain event after the change that raised it was committed (the outbox dispatcher calls it). A
/// consumer of a base type receives every event derived from it. Delivery is at least once: the dispatcher runs the
/// consumer inside one transaction together with the record that this consumer handled this event, so the
/// consumer's own database changes through <see cref="Abstractions.IApplicationDbContext"/> happen exactly once; any
/// effect outside this database must be idempotent itself. Throwing means "not handled": the change is rolled back
/// and the event is delivered again later.
/// </summary>
public interface IDomainEventConsumer<in TEvent>
    where TEvent : IDomainEvent
{
    Task ConsumeAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
