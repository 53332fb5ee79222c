using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace PassendOnderwijs.Api.Problemen;

/// <summary>
/// Writes every problem as application/problem+json, whatever the Accept header says. ASP.NET's default writer stays
/// silent when the client does not accept JSON, which would leave a 406 without the explanation api.md requires;
/// RFC 9110 §12.1 lets a server send an error in a type the client did not ask for.
/// </summary>
internal sealed class ProbleemJsonWriter(IOptions<ProblemDetailsOptions> opties, IOptions<JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var details = context.ProblemDetails;
        var response = context.HttpContext.Response;
        details.Status ??= response.StatusCode;
        opties.Value.CustomizeProblemDetails?.Invoke(context);

        response.ContentType = "application/problem+json";
        await JsonSerializer.SerializeAsync(
            response.Body,
            details,
            details.GetType(),
            json.Value.SerializerOptions,
            context.HttpContext.RequestAborted).ConfigureAwait(false);
    }
}
