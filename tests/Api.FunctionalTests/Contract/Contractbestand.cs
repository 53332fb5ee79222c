using PassendOnderwijs.TestSupport;
using YamlDotNet.RepresentationModel;

namespace PassendOnderwijs.Api.FunctionalTests.Contract;

/// <summary>The committed contract, openapi.yaml at the root of the repository.</summary>
internal static class Contractbestand
{
    public static string Pad { get; } = Path.Combine(Repository.Root, "openapi.yaml");

    private static readonly string[] Methoden = ["get", "post", "put", "patch", "delete"];

    public static IReadOnlyList<(string Methode, string Pad)> Operaties()
    {
        var yaml = new YamlStream();
        using (var lezer = new StringReader(File.ReadAllText(Pad)))
        {
            yaml.Load(lezer);
        }

        var paden = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("paths")];
        return paden.Children
            .SelectMany(pad => ((YamlMappingNode)pad.Value).Children.Keys
                .Select(k => ((YamlScalarNode)k).Value!)
                .Where(Methoden.Contains)
                .Select(methode => (methode, ((YamlScalarNode)pad.Key).Value!)))
            .ToList();
    }
}
