using System.Reflection;
using Mediator;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Common.Behaviours;

namespace PassendOnderwijs.Architecture.Tests;

/// <summary>
/// Only queries read through <see cref="ILeesDbContext"/>, the context that goes to a replica: a command, and
/// anything else that may write (an event consumer, a service), can never get the read connection.
/// </summary>
public class LeesverbindingTests
{
    private static readonly Assembly[] Assemblies =
    [
        typeof(Application.DependencyInjection).Assembly,
        typeof(Infrastructure.DependencyInjection).Assembly,
        typeof(Api.ApiOpties).Assembly,
    ];

    [Test]
    public void Only_query_handlers_take_the_read_context()
    {
        var lezers = Assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Any(c => c.GetParameters().Any(p => typeof(ILeesDbContext).IsAssignableFrom(p.ParameterType))))
            .ToList();

        var geenQuery = lezers
            .Where(t => t != typeof(ReplicaBehaviour<,>) && !Implementeert(t, typeof(IQueryHandler<,>)))
            .Select(t => t.FullName)
            .ToList();
        geenQuery.ShouldBeEmpty("only a query handler may read from a replica");
        lezers.Where(t => Implementeert(t, typeof(ICommandHandler<,>)) || Implementeert(t, typeof(ICommandHandler<>)))
            .ShouldBeEmpty("a command reads and writes the primary");

        // The feeds and lists of the m2m sync do read through it; without them the rule above would hold trivially.
        lezers.Select(t => t.Name).ShouldContain("GeefArrangementWijzigingenHandler");
        lezers.Select(t => t.Name).ShouldContain("ZoekAanbiedersHandler");
    }

    [Test]
    public void No_command_message_is_also_a_query() =>
        typeof(Application.DependencyInjection).Assembly.GetTypes()
            .Where(t => typeof(IBaseCommand).IsAssignableFrom(t) && typeof(IBaseQuery).IsAssignableFrom(t))
            .ShouldBeEmpty("a message that is both could reach a handler that reads from a replica inside a command's transaction");

    private static bool Implementeert(Type type, Type open) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == open);
}
