namespace PassendOnderwijs.Api.FunctionalTests.Contract;

/// <summary>
/// openapi.yaml is an artifact of the running API. This test fails when the two differ; run it with
/// UPDATE_CONTRACT=true (scripts/update-contract.sh does) to write the served document to the file instead.
/// </summary>
public class ContractDriftTests : ApiTest
{
    [Test]
    public async Task The_committed_openapi_yaml_is_what_the_API_serves()
    {
        using var response = await Client.GetAsync("/api/v1/openapi.yaml");
        response.EnsureSuccessStatusCode();
        var geserveerd = Normaliseer(await response.Content.ReadAsStringAsync());

        if (string.Equals(Environment.GetEnvironmentVariable("UPDATE_CONTRACT"), "true", StringComparison.OrdinalIgnoreCase))
        {
            await File.WriteAllTextAsync(Contractbestand.Pad, geserveerd);
        }

        var vastgelegd = Normaliseer(await File.ReadAllTextAsync(Contractbestand.Pad));
        vastgelegd.ShouldBe(
            geserveerd,
            "openapi.yaml differs from the contract the API serves; run scripts/update-contract.sh and commit the result.");
    }

    [Test]
    public async Task The_json_and_yaml_documents_describe_the_same_operations()
    {
        using var json = await Client.GetAsync("/api/v1/openapi.json");
        var document = await JsonAsync(json);

        var jsonOperaties = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (m.Name, p.Name)))
            .ToList();

        jsonOperaties.ShouldBe(Contractbestand.Operaties(), ignoreOrder: true);
    }

    private static string Normaliseer(string tekst) => tekst.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
