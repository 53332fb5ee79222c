using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using PassendOnderwijs.Application.Common.Gebeurtenissen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Infrastructure.Outbox;

/// <summary>
/// Finds the registered <see cref="IDomainEventConsumer{TEvent}"/>s for an event: those of its own type and of every
/// base type, so a consumer of ArrangementGebeurtenis receives all nine arrangement events.
/// </summary>
internal static class Consumenten
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<Type>> Soorten = new();

    public static IReadOnlyList<Consument> Voor(Type gebeurtenis, IServiceProvider services) =>
        [.. Soorten.GetOrAdd(gebeurtenis, Bepaal)
            .SelectMany(t => services.GetServices(typeof(IDomainEventConsumer<>).MakeGenericType(t))
                .Select(c => new Consument(c!, Aanroep(t))))];

    private static IReadOnlyList<Type> Bepaal(Type gebeurtenis)
    {
        var soorten = new List<Type>();
        for (var t = gebeurtenis; t is not null && typeof(IDomainEvent).IsAssignableFrom(t); t = t.BaseType)
        {
            soorten.Add(t);
        }

        return soorten;
    }

    private static Func<object, IDomainEvent, CancellationToken, Task> Aanroep(Type soort) =>
        typeof(Consumenten)
            .GetMethod(nameof(RoepAan), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(soort)
            .CreateDelegate<Func<object, IDomainEvent, CancellationToken, Task>>();

    private static Task RoepAan<TEvent>(object consument, IDomainEvent gebeurtenis, CancellationToken ct)
        where TEvent : IDomainEvent =>
        ((IDomainEventConsumer<TEvent>)consument).ConsumeAsync((TEvent)gebeurtenis, ct);

    /// <summary>One consumer; its name (the class's full name) is what its handled events are recorded under.</summary>
    internal sealed record Consument(object Instantie, Func<object, IDomainEvent, CancellationToken, Task> Aanroep)
    {
        public string Naam => Instantie.GetType().FullName!;

        public Task ConsumeAsync(IDomainEvent gebeurtenis, CancellationToken ct) => Aanroep(Instantie, gebeurtenis, ct);
    }
}
