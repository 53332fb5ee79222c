using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Swashbuckle.AspNetCore.Swagger;

namespace PassendOnderwijs.Api.FunctionalTests.Contract;

/// <summary>
/// Every answer an operation gives in any test must be one its contract declares: the declared responses of an
/// operation cannot drift from what the server does, because a test that meets an undeclared status fails
/// (<see cref="ApiTest"/> checks after each test). Requests that reach no operation (a wrong path or method, a
/// media type refused before routing) are not an operation's answers and are not checked.
/// </summary>
internal static class ContractBewaking
{
    private static readonly ConcurrentQueue<string> Afwijkingen = new();

    public static IReadOnlyList<string> HaalAfwijkingenOp()
    {
        var lijst = new List<string>();
        while (Afwijkingen.TryDequeue(out var afwijking))
        {
            lijst.Add(afwijking);
        }

        return lijst;
    }

    /// <summary>Put first in the pipeline, so it sees the final status of every answer.</summary>
    public sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            var verklaard = new Lazy<Dictionary<string, HashSet<string>>>(() => Verklaard(app.ApplicationServices));
            app.Use(async (context, verder) =>
            {
                await verder(context);
                var operatie = context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
                var status = context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (operatie is not null && verklaard.Value.TryGetValue(operatie, out var statussen) && !statussen.Contains(status))
                {
                    Afwijkingen.Enqueue($"{operatie} answered {status} ({context.Request.Method} {context.Request.Path}), which its contract does not declare");
                }
            });
            next(app);
        };

        private static Dictionary<string, HashSet<string>> Verklaard(IServiceProvider services)
        {
            var document = services.GetRequiredService<ISwaggerProvider>().GetSwagger(ApiOpties.DocumentNaam);
            return document.Paths
                .SelectMany(p => p.Value.Operations ?? [])
                .Where(o => o.Value.OperationId is not null)
                .ToDictionary(o => o.Value.OperationId!, o => o.Value.Responses!.Keys.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        }
    }
}
