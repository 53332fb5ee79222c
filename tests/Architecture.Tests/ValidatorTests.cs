using System.Reflection;
using FluentValidation;

namespace PassendOnderwijs.Architecture.Tests;

/// <summary>
/// Validators are registered as singletons, built once for the life of the process. So a validator may take no
/// services (a scoped one would outlive its request) and may not read the clock while its rules are built (the
/// moment of start-up would be used for ever after).
/// </summary>
public class ValidatorTests
{
    private static readonly IEnumerable<Type> Validators = typeof(Application.DependencyInjection).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)));

    [Test]
    public void Validators_take_no_services()
    {
        Validators.Count().ShouldBeGreaterThan(10, "the validators of the use cases are found");
        Validators
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).All(c => c.GetParameters().Length > 0))
            .Select(t => t.FullName)
            .ShouldBeEmpty("a validator is a singleton: it takes nothing in its constructor");
    }

    [Test]
    public void Validators_read_no_clock_while_their_rules_are_built()
    {
        var klokken = new[] { typeof(DateTime), typeof(DateTimeOffset), typeof(TimeProvider) };
        Validators
            .Where(t => t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Any(c => LeestKlok(c, klokken)))
            .Select(t => t.FullName)
            .ShouldBeEmpty("a singleton validator would keep the moment it was built");
    }

    [Test]
    public void The_clock_check_sees_a_clock_read_in_a_constructor()
    {
        var klokken = new[] { typeof(DateTime), typeof(DateTimeOffset), typeof(TimeProvider) };
        LeestKlok(typeof(MetKlok).GetConstructors()[0], klokken).ShouldBeTrue();
        LeestKlok(typeof(ZonderKlok).GetConstructors()[0], klokken).ShouldBeFalse();
    }

    /// <summary>Whether the constructor's IL calls a static member of a clock type (DateTime.Now, DateTimeOffset.UtcNow, TimeProvider.System).</summary>
    private static bool LeestKlok(ConstructorInfo constructor, Type[] klokken)
    {
        var il = constructor.GetMethodBody()?.GetILAsByteArray() ?? [];
        for (var i = 0; i + 4 < il.Length; i++)
        {
            // call (0x28) and callvirt (0x6F) take a 4-byte method token.
            if (il[i] is not (0x28 or 0x6F))
            {
                continue;
            }

            try
            {
                var methode = constructor.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1));
                if (methode is { IsStatic: true } && klokken.Contains(methode.DeclaringType))
                {
                    return true;
                }
            }
            catch (ArgumentException)
            {
                // Not a method token: these bytes were an operand of another instruction.
            }
        }

        return false;
    }

    private sealed class MetKlok : AbstractValidator<DateOnly>
    {
        public MetKlok() => RuleFor(d => d).LessThan(DateOnly.FromDateTime(DateTime.Today));
    }

    private sealed class ZonderKlok : AbstractValidator<DateOnly>
    {
        public ZonderKlok() => RuleFor(d => d).Must(d => d < DateOnly.FromDateTime(DateTime.Today));
    }
}
