using Microsoft.AspNetCore.Http.Metadata;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// Refuses query parameters an operation does not know. A misspelt filter ("leerJaar") would otherwise be ignored
/// silently and the client would get another answer than it asked for without noticing.
/// </summary>
internal sealed class OnbekendeParametersFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var bekend = http.GetEndpoint()?.Metadata.OfType<IParameterBindingMetadata>().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        var onbekend = http.Request.Query.Keys.Where(k => !bekend.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (onbekend.Count == 0)
        {
            return next(context);
        }

        var fouten = onbekend
            .Select(k => Fout.Ongeldig(
                "onbekende-parameter",
                $"Deze operatie kent de queryparameter \"{k}\" niet.",
                k))
            .ToList();
        return ValueTask.FromResult<object?>(ResultaatNaarHttp.AlsProbleem(fouten, http));
    }
}
