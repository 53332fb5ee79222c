using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Infrastructure.Identiteit;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// Answers only requests for the configured public host (and any in "ToegestaneHosts"): a request with another Host
/// header is a 400 problem, so nothing the server builds from the request (a redirect, a cookie) can point elsewhere.
/// The health endpoints answer any host, because probes call them by the instance's own address.
/// </summary>
internal sealed class HostControleMiddleware(RequestDelegate next, IConfiguration configuratie)
{
    private readonly HashSet<string> _hosts = new(
        [PubliekeUrl.Lees(configuratie).Host, .. configuratie.GetSection("ToegestaneHosts").Get<string[]>() ?? []],
        StringComparer.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_hosts.Contains(context.Request.Host.Host) || context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
        {
            return next(context);
        }

        return ResultaatNaarHttp.AlsProbleem(
            [Fout.Ongeldig("onbekende-host", "Deze server is niet bereikbaar onder deze naam; gebruik het adres van de API.", "Host")],
            context).ExecuteAsync(context);
    }
}
