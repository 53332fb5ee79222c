using Microsoft.AspNetCore.WebUtilities;

namespace PassendOnderwijs.Api.Problemen;

internal static class ProbleemDetailsRegistratie
{
    public static IServiceCollection AddProbleemDetails(this IServiceCollection services)
    {
        services.AddExceptionHandler<OnverwachteFoutHandler>();
        services.AddSingleton<IProblemDetailsWriter, ProbleemJsonWriter>();
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var http = context.HttpContext;
            var details = context.ProblemDetails;
            details.Instance ??= http.Request.Path;
            if (details.Type is null || details.Type.StartsWith(ProbleemTypen.HttpVoorvoegsel, StringComparison.Ordinal))
            {
                // A plain HTTP failure: the type is about:blank and the title the status phrase (RFC 9457 §4.2.1).
                details.Type = ProbleemTypen.Standaard;
                details.Title = details.Status is { } status ? ReasonPhrases.GetReasonPhrase(status) : details.Title;
            }

            details.Detail ??= StandaardUitleg(details.Status);
            // The W3C trace id: the caller's own traceparent continued, and the trace's id when telemetry is on.
            details.Extensions["traceId"] = Telemetrie.Spoor.Id(http);

            // ASP.NET adds its own "requestId"; one correlation id (traceId) is enough.
            details.Extensions.Remove("requestId");
            if (details.Status == StatusCodes.Status405MethodNotAllowed)
            {
                var toegestaan = http.RequestServices.GetRequiredService<Http.ToegestaneMethoden>().Voor(http);
                http.Response.Headers.Allow = string.Join(", ", toegestaan);
                details.Detail = $"Dit pad ondersteunt alleen: {string.Join(", ", toegestaan)}.";
            }
        });
        return services;
    }

    private static string? StandaardUitleg(int? status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Stuur een geldig access token mee (Authorization: Bearer …).",
        StatusCodes.Status403Forbidden => "Uw rol of de scopes van uw token staan deze operatie niet toe.",
        StatusCodes.Status404NotFound => "Er is geen resource op dit pad.",
        StatusCodes.Status405MethodNotAllowed => "Deze HTTP-methode wordt op dit pad niet ondersteund.",
        StatusCodes.Status406NotAcceptable => "De API levert alleen application/json en application/problem+json.",
        StatusCodes.Status415UnsupportedMediaType => "Stuur de inhoud als application/json.",
        StatusCodes.Status500InternalServerError => "Er ging iets mis aan onze kant. Geef de traceId door aan de beheerder.",
        _ => null,
    };
}
