using PassendOnderwijs.TestSupport;
using YamlDotNet.RepresentationModel;

namespace PassendOnderwijs.Api.FunctionalTests.Contract;

/// <summary>The committed contract, openapi.yaml at the root of the repository.</summary>
internal static class Contractbestand
{
    public static string Pad { get; } = Path.Combine(Repository.Root, "openapi.yaml");

    private static readonly string[] Methoden = ["get", "post", "put", "patch", "delete"];

    /// <summary>Every operation with its operationId and the example (or null) of each path parameter.</summary>
    public static IReadOnlyList<Operatie> OperatiesMetDetails()
    {
        var paden = LeesPaden();
        var operaties = new List<Operatie>();
        foreach (var (padSleutel, padWaarde) in paden.Children)
        {
            foreach (var (methodeSleutel, operatieWaarde) in ((YamlMappingNode)padWaarde).Children)
            {
                var methode = ((YamlScalarNode)methodeSleutel).Value!;
                if (!Methoden.Contains(methode))
                {
                    continue;
                }

                var operatie = (YamlMappingNode)operatieWaarde;
                var voorbeelden = new Dictionary<string, string?>(StringComparer.Ordinal);
                if (operatie.Children.TryGetValue(new YamlScalarNode("parameters"), out var parameters))
                {
                    foreach (var parameter in ((YamlSequenceNode)parameters).Children.OfType<YamlMappingNode>())
                    {
                        if (Tekst(parameter, "in") == "path")
                        {
                            voorbeelden[Tekst(parameter, "name")!] = Tekst(parameter, "example");
                        }
                    }
                }

                var heeftInhoud = operatie.Children.ContainsKey(new YamlScalarNode("requestBody"));
                var scopes = operatie.Children.TryGetValue(new YamlScalarNode("x-scopes"), out var lijst)
                    ? ((YamlSequenceNode)lijst).Children.Select(s => ((YamlScalarNode)s).Value!).ToList()
                    : [];
                operaties.Add(new Operatie(Tekst(operatie, "operationId")!, methode, ((YamlScalarNode)padSleutel).Value!, voorbeelden, heeftInhoud, scopes));
            }
        }

        return operaties;
    }

    private static string? Tekst(YamlMappingNode node, string sleutel) =>
        node.Children.TryGetValue(new YamlScalarNode(sleutel), out var waarde) ? (waarde as YamlScalarNode)?.Value : null;

    private static YamlMappingNode LeesPaden()
    {
        var yaml = new YamlStream();
        using (var lezer = new StringReader(File.ReadAllText(Pad)))
        {
            yaml.Load(lezer);
        }

        return (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("paths")];
    }

    public static IReadOnlyList<(string Methode, string Pad)> Operaties()
    {
        return LeesPaden().Children
            .SelectMany(pad => ((YamlMappingNode)pad.Value).Children.Keys
                .Select(k => ((YamlScalarNode)k).Value!)
                .Where(Methoden.Contains)
                .Select(methode => (methode, ((YamlScalarNode)pad.Key).Value!)))
            .ToList();
    }
}

/// <summary>
/// One operation of the contract, with the scopes that let a koppeling call it (x-scopes); <see cref="Url"/> fills
/// path parameters from their examples or a value.
/// </summary>
internal sealed record Operatie(
    string Id, string Methode, string Pad, IReadOnlyDictionary<string, string?> PadVoorbeelden, bool HeeftInhoud, IReadOnlyList<string> Scopes)
{
    public string Url(string? vervanging = null) =>
        PadVoorbeelden.Aggregate(
            "/api/v1" + Pad,
            (url, p) => url.Replace("{" + p.Key + "}", Uri.EscapeDataString(vervanging ?? p.Value ?? "onbekend"), StringComparison.Ordinal));
}
