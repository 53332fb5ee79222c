using System.Reflection;
using PassendOnderwijs.Domain.Common;
using YamlDotNet.RepresentationModel;

namespace PassendOnderwijs.Api.FunctionalTests.Contract;

/// <summary>
/// Every code list of the domain (a static <see cref="Codelijst{T}"/>) is a named enum in openapi.yaml with exactly its
/// codes, in order: a new code list, or a new code, cannot reach the API without reaching the contract.
/// </summary>
public class CodelijstContractTests
{
    [Test]
    public void Every_code_list_of_the_domain_is_an_enum_of_the_contract_with_the_same_codes()
    {
        var schemas = Schemas();
        var lijsten = typeof(Codelijst<>).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static))
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Codelijst<>))
            .ToList();
        lijsten.Count.ShouldBeGreaterThanOrEqualTo(8, "the domain's code lists should be found");

        foreach (var lijst in lijsten)
        {
            var type = lijst.PropertyType.GetGenericArguments()[0];
            var codes = ((IEnumerable<string>)lijst.PropertyType.GetProperty(nameof(Codelijst<DayOfWeek>.Alle))!.GetValue(lijst.GetValue(null))!).ToList();
            var verwacht = Enum.GetValues(type).Cast<object>()
                .Select(w => (string)lijst.PropertyType.GetMethod(nameof(Codelijst<DayOfWeek>.Code))!.Invoke(lijst.GetValue(null), [w])!)
                .ToList();
            verwacht.ShouldBe(codes, ignoreOrder: true);

            schemas.Children.TryGetValue(new YamlScalarNode(type.Name), out var schema).ShouldBeTrue($"openapi.yaml has no schema {type.Name}");
            var inContract = ((YamlSequenceNode)((YamlMappingNode)schema!).Children[new YamlScalarNode("enum")]).Children
                .Select(c => ((YamlScalarNode)c).Value!)
                .ToList();
            inContract.ShouldBe(verwacht, $"{type.Name} in openapi.yaml should list the codes of {lijst.DeclaringType!.Name}.{lijst.Name}");
        }
    }

    private static YamlMappingNode Schemas()
    {
        var yaml = new YamlStream();
        using (var lezer = new StringReader(File.ReadAllText(Contractbestand.Pad)))
        {
            yaml.Load(lezer);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return (YamlMappingNode)((YamlMappingNode)root.Children[new YamlScalarNode("components")]).Children[new YamlScalarNode("schemas")];
    }
}
