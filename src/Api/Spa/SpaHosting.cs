using Microsoft.Extensions.FileProviders;

namespace PassendOnderwijs.Api.Spa;

/// <summary>
/// Serves the built React SPA (client/dist) from the API's own origin: files as they are, and index.html for any
/// other GET outside /api, /swagger and /health so client-side routes survive a reload. Spa:Pad names the folder.
/// </summary>
internal static class SpaHosting
{
    public static void GebruikSpa(this WebApplication app)
    {
        var pad = app.Configuration["Spa:Pad"];
        if (string.IsNullOrWhiteSpace(pad) || !File.Exists(Path.Combine(pad, "index.html")))
        {
            return;
        }

        var bestanden = new PhysicalFileProvider(Path.GetFullPath(pad));
        app.UseWhen(IsSpaVerzoek, spa =>
        {
            spa.UseStaticFiles(new StaticFileOptions { FileProvider = bestanden });
            spa.Run(context =>
            {
                if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
                {
                    context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                    context.Response.Headers.Allow = "GET, HEAD";
                    return Task.CompletedTask;
                }

                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.CacheControl = "no-cache";
                return context.Response.SendFileAsync(bestanden.GetFileInfo("index.html"));
            });
        });
    }

    private static bool IsSpaVerzoek(HttpContext context) =>
        context.GetEndpoint() is null &&
        !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal) &&
        !context.Request.Path.StartsWithSegments("/swagger", StringComparison.Ordinal) &&
        !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal);
}
