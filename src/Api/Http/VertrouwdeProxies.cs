using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto count only when they come from a proxy listed in "VertrouwdeProxies" (IP
/// addresses). Without that list they are ignored: anyone could otherwise pick the client address that rate limits and
/// the audit log record. The host is never taken from X-Forwarded-Host; the public address is configured.
/// </summary>
internal static class VertrouwdeProxies
{
    public static void GebruikVertrouwdeProxies(this WebApplication app)
    {
        var proxies = app.Configuration.GetSection("VertrouwdeProxies").Get<string[]>() ?? [];
        if (proxies.Length == 0)
        {
            return;
        }

        var opties = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        opties.KnownIPNetworks.Clear();
        opties.KnownProxies.Clear();
        foreach (var proxy in proxies)
        {
            opties.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        app.UseForwardedHeaders(opties);
    }
}
