namespace PassendOnderwijs.Api.Http;

/// <summary>
/// ADR /core/no-trailing-slash: "/api/v1/expertises/" is not the same resource as "/api/v1/expertises". ASP.NET
/// routing would match it anyway, so it is answered with a 404 problem here, never redirected.
/// </summary>
internal sealed class SlotSchuinstreepMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var pad = context.Request.Path.Value;
        if (pad is { Length: > 1 } && pad.EndsWith('/') && context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
