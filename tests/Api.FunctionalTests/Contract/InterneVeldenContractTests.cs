using System.Text.Json;
using PassendOnderwijs.Application.Common.Audit;
using YamlDotNet.RepresentationModel;

namespace PassendOnderwijs.Api.FunctionalTests.Contract;

/// <summary>
/// What a DTO tells the audit log (its resource id, its pupil, its actor) is for the log, not for the client: no schema
/// of the contract has a property named like a member of <see cref="IAuditResultaat"/> or <see cref="IAuditLijst"/>. A
/// DTO implements those members explicitly, so the JSON serializer and the contract never see them.
/// </summary>
public class InterneVeldenContractTests
{
    [Test]
    public void No_schema_of_the_contract_shows_what_a_dto_tells_the_audit_log()
    {
        var yaml = new YamlStream();
        using (var lezer = new StringReader(File.ReadAllText(Contractbestand.Pad)))
        {
            yaml.Load(lezer);
        }

        var schemas = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children["components"]).Children["schemas"];
        var intern = typeof(IAuditResultaat).GetProperties().Concat(typeof(IAuditLijst).GetProperties())
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToHashSet(StringComparer.Ordinal);
        intern.ShouldContain("auditResourceId");

        var gevonden = schemas.Children
            .Where(s => s.Value is YamlMappingNode schema && schema.Children.ContainsKey("properties"))
            .SelectMany(s => ((YamlMappingNode)((YamlMappingNode)s.Value).Children["properties"]).Children.Keys
                .Select(k => $"{s.Key}.{k}"))
            .Where(naam => intern.Contains(naam.Split('.')[1]))
            .ToList();

        gevonden.ShouldBeEmpty();
    }
}
