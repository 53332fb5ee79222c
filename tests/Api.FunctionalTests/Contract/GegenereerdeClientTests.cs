using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using System.Runtime.Serialization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Organisaties;
using PassendOnderwijs.TestSupport;

namespace PassendOnderwijs.Api.FunctionalTests.Contract;

/// <summary>
/// The proof that openapi.yaml is a typed contract: NSwag (the local dotnet tool, no download) generates a C# client
/// from it into a temporary folder, Roslyn compiles that client, and reflection checks that every code list became an
/// enum with the domain's members and codes, used where the contract carries it. No database and no running API:
/// the drift test already proves openapi.yaml is what the API serves.
/// </summary>
public class GegenereerdeClientTests
{
    private const string Namespace = "Gegenereerd";

    private static readonly TimeSpan MaximaleDuur = TimeSpan.FromMinutes(5);

    [Test]
    public async Task An_NSwag_client_of_the_contract_compiles_and_types_every_code_list_as_the_domains_enum()
    {
        var map = Directory.CreateTempSubdirectory("passendonderwijs-nswag-");
        try
        {
            var bron = Path.Combine(map.FullName, "PassendOnderwijsClient.cs");
            await GenereerAsync(bron);
            var (assembly, context) = Compileer(await File.ReadAllTextAsync(bron));
            try
            {
                ControleerCodelijst(assembly, ArrangementStatusCodes.Lijst);
                ControleerCodelijst(assembly, SoortArrangementCodes.Lijst);
                ControleerCodelijst(assembly, VervolgCodes.Lijst);
                ControleerCodelijst(assembly, UitvoerderCodes.Soorten);
                ControleerCodelijst(assembly, UitvoerderCodes.Bekostigers);
                ControleerCodelijst(assembly, SoortSchoolCodes.Lijst);
                ControleerCodelijst(assembly, RolCodes.Lijst);
                ControleerCodelijst(assembly, AccountstatusCodes.Lijst);

                var cluster = Type(assembly, nameof(Cluster));
                cluster.IsEnum.ShouldBeTrue();
                Enum.GetValues(cluster).Cast<object>().Select(Convert.ToInt32).ShouldBe(Enum.GetValues<Cluster>().Select(c => (int)c));
                Enum.GetNames(cluster).ShouldBe(Enum.GetNames<Cluster>());

                // Used where the contract carries the code: in the resource, in a request, and as a query parameter.
                var status = Type(assembly, nameof(ArrangementStatus));
                Type(assembly, "Arrangement").GetProperty("Status")!.PropertyType.ShouldBe(status);
                Nullable.GetUnderlyingType(Type(assembly, "AanvraagVerzoek").GetProperty("Soort")!.PropertyType).ShouldBe(Type(assembly, nameof(SoortArrangement)));
                Type(assembly, "Erkenning").GetProperty("Cluster")!.PropertyType.ShouldBe(cluster);
                var geefArrangementen = Type(assembly, "PassendOnderwijsClient").GetMethods()
                    .First(m => m.Name == "GeefArrangementenAsync");
                Nullable.GetUnderlyingType(geefArrangementen.GetParameters().Single(p => p.Name == "status").ParameterType).ShouldBe(status);
            }
            finally
            {
                context.Unload();
            }
        }
        finally
        {
            map.Delete(recursive: true);
        }
    }

    /// <summary>The generated enum has the domain enum's members, in order, and each member's wire value is the domain's code.</summary>
    private static void ControleerCodelijst<T>(Assembly assembly, Codelijst<T> lijst)
        where T : struct, Enum
    {
        var type = Type(assembly, typeof(T).Name);
        type.IsEnum.ShouldBeTrue($"{typeof(T).Name} should be an enum in the generated client");
        var leden = type.GetFields(BindingFlags.Public | BindingFlags.Static);
        leden.Select(l => l.Name).ShouldBe(Enum.GetNames<T>());
        leden.Select(l => l.GetCustomAttribute<EnumMemberAttribute>()?.Value)
            .ShouldBe(Enum.GetValues<T>().Select(lijst.Code), $"{typeof(T).Name}: the wire values should be the domain's codes");
    }

    private static Type Type(Assembly assembly, string naam) =>
        assembly.GetType($"{Namespace}.{naam}") ?? throw new AssertionException($"The generated client has no type {naam}.");

    private static async Task GenereerAsync(string bron)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList =
            {
                "tool", "run", "nswag", "openapi2csclient",
                "/input:" + Contractbestand.Pad,
                "/output:" + bron,
                "/namespace:" + Namespace,
                "/classname:PassendOnderwijsClient",
                "/jsonLibrary:SystemTextJson",
            },
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var proces = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var uitvoer = proces.StandardOutput.ReadToEndAsync();
        var fouten = proces.StandardError.ReadToEndAsync();
        using var tijd = new CancellationTokenSource(MaximaleDuur);
        await proces.WaitForExitAsync(tijd.Token);
        proces.ExitCode.ShouldBe(
            0,
            $"NSwag failed (is the local tool restored? run `dotnet tool restore`):\n{await uitvoer}\n{await fouten}");
        File.Exists(bron).ShouldBeTrue();
    }

    private static (Assembly Assembly, AssemblyLoadContext Context) Compileer(string code)
    {
        var referenties = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(pad => MetadataReference.CreateFromFile(pad));
        var compilatie = CSharpCompilation.Create(
            "PassendOnderwijs.GegenereerdeClient",
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
            referenties,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var dll = new MemoryStream();
        var resultaat = compilatie.Emit(dll);
        var fouten = resultaat.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        fouten.ShouldBeEmpty("the generated client should compile");
        dll.Position = 0;
        var context = new AssemblyLoadContext("gegenereerde-client", isCollectible: true);
        return (context.LoadFromStream(dll), context);
    }
}
