using Microsoft.AspNetCore.Http.Metadata;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// Refuses query parameters an operation does not know, and values with a control character. A misspelt filter
/// ("leerJaar") would otherwise be ignored silently and the client would get another answer than it asked for without
/// noticing; a NUL would reach the database, which refuses it.
/// </summary>
internal sealed class QueryParametersFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var bekend = http.GetEndpoint()?.Metadata.OfType<IParameterBindingMetadata>().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        var fouten = http.Request.Query
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => Problemen(p.Key, p.Value, bekend))
            .ToList();
        if (fouten.Count == 0)
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(ResultaatNaarHttp.AlsProbleem(fouten, http));
    }

    private static IEnumerable<Fout> Problemen(string naam, Microsoft.Extensions.Primitives.StringValues waarden, HashSet<string> bekend)
    {
        if (!bekend.Contains(naam))
        {
            yield return Fout.Ongeldig("onbekende-parameter", $"Deze operatie kent de queryparameter \"{naam}\" niet.", naam);
        }
        else if (waarden.Any(w => w is not null && Tekst.HeeftStuurteken(w)))
        {
            yield return Fout.Ongeldig("verboden-teken", Tekst.StuurtekenMelding, naam);
        }
    }
}
