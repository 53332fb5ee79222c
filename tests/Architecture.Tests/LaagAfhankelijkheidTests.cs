using System.Reflection;
using NetArchTest.Rules;

namespace PassendOnderwijs.Architecture.Tests;

/// <summary>Dependencies point inwards only: Api → Application → Domain; Infrastructure → Application/Domain.</summary>
public class LaagAfhankelijkheidTests
{
    private const string Domain = "PassendOnderwijs.Domain";
    private const string Application = "PassendOnderwijs.Application";
    private const string Infrastructure = "PassendOnderwijs.Infrastructure";
    private const string Api = "PassendOnderwijs.Api";

    private static readonly Assembly DomainAssembly = typeof(Domain.Common.Fout).Assembly;
    private static readonly Assembly ApplicationAssembly = typeof(Application.DependencyInjection).Assembly;
    private static readonly Assembly InfrastructureAssembly = typeof(Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly ApiAssembly = typeof(Api.ApiOpties).Assembly;

    [Test]
    public void The_domain_references_nothing_of_ours_and_no_framework_for_persistence_or_dispatch()
    {
        var uitkomst = Types.InAssembly(DomainAssembly)
            .ShouldNot()
            .HaveDependencyOnAny(Application, Infrastructure, Api, "Microsoft.EntityFrameworkCore", "Mediator", "AutoMapper", "FluentValidation", "Npgsql")
            .GetResult();

        uitkomst.IsSuccessful.ShouldBeTrue(Overtreders(uitkomst));
        Verwijzingen(DomainAssembly).ShouldNotContain(n => n.StartsWith("PassendOnderwijs", StringComparison.Ordinal));
    }

    [Test]
    public void The_application_references_only_the_domain_of_ours_and_no_database_driver()
    {
        var uitkomst = Types.InAssembly(ApplicationAssembly)
            .ShouldNot()
            .HaveDependencyOnAny(Infrastructure, Api, "Npgsql", "Microsoft.AspNetCore")
            .GetResult();

        uitkomst.IsSuccessful.ShouldBeTrue(Overtreders(uitkomst));
        Verwijzingen(ApplicationAssembly)
            .Where(n => n.StartsWith("PassendOnderwijs", StringComparison.Ordinal))
            .ShouldBe([Domain]);
    }

    [Test]
    public void Nothing_references_the_api()
    {
        foreach (var assembly in new[] { DomainAssembly, ApplicationAssembly, InfrastructureAssembly })
        {
            Verwijzingen(assembly).ShouldNotContain(Api, assembly.GetName().Name);
        }
    }

    [Test]
    public void Infrastructure_does_not_depend_on_the_api() =>
        Types.InAssembly(InfrastructureAssembly).ShouldNot().HaveDependencyOn(Api).GetResult().IsSuccessful.ShouldBeTrue();

    [Test]
    public void Aggregates_have_no_public_setters()
    {
        var aggregaten = DomainAssembly.GetTypes()
            .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(Domain.Common.AggregateRoot<>));

        var publiekeSetters = aggregaten
            .SelectMany(t => t.GetProperties())
            .Where(p => p.SetMethod is { IsPublic: true } && !p.SetMethod.ReturnParameter.GetRequiredCustomModifiers()
                .Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        aggregaten.ShouldNotBeEmpty();
        publiekeSetters.ShouldBeEmpty();
    }

    [Test]
    public void Every_use_case_lives_in_its_own_folder_with_its_handler()
    {
        var handlers = ApplicationAssembly.GetTypes().Where(t => t.Name.EndsWith("Handler", StringComparison.Ordinal) && !t.IsAbstract);
        var berichten = ApplicationAssembly.GetTypes().Where(t => t.Name.EndsWith("Query", StringComparison.Ordinal) || t.Name.EndsWith("Command", StringComparison.Ordinal));

        foreach (var bericht in berichten)
        {
            handlers.ShouldContain(h => h.Namespace == bericht.Namespace, $"{bericht.FullName} has no handler in its own folder");
            bericht.Namespace!.ShouldEndWith(bericht.Name[..^(bericht.Name.EndsWith("Query", StringComparison.Ordinal) ? 5 : 7)]);
        }
    }

    [Test]
    public void Every_message_declares_who_may_send_it()
    {
        var berichten = ApplicationAssembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.FullName == "Mediator.IMessage"))
            .ToList();

        var zonder = berichten
            .Where(t => (t.GetCustomAttributes(false).OfType<Application.Common.Autorisatie.IToegangsregel>().Count()
                + t.GetCustomAttributes(typeof(Application.Common.Autorisatie.InternAttribute), false).Length) != 1)
            .Select(t => t.FullName)
            .ToList();

        berichten.ShouldNotBeEmpty();
        zonder.ShouldBeEmpty("Every query and command needs exactly one [Toegang(...)] or [Intern].");
    }

    private static IEnumerable<string> Verwijzingen(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!);

    private static string Overtreders(TestResult uitkomst) =>
        "Types that break the rule: " + string.Join(", ", uitkomst.FailingTypeNames ?? []);
}
