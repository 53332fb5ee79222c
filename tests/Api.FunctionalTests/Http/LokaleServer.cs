using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PassendOnderwijs.Api.FunctionalTests.Http;

/// <summary>
/// A small server inside the tests for what the API itself calls out to (a webhook receiver, an identity provider):
/// Kestrel on 127.0.0.1 at a free port, without logging, with the routes the caller maps.
/// </summary>
internal static class LokaleServer
{
    /// <returns>The started app and its address (http://127.0.0.1:port, without a trailing slash).</returns>
    public static async Task<(WebApplication App, string Adres)> StartAsync(Action<WebApplication> routes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        routes(app);
        await app.StartAsync();
        return (app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }
}
