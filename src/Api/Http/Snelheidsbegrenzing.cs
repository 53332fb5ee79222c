using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PassendOnderwijs.Api.Http;

/// <summary>Configuration section "Snelheidsbegrenzing": requests per minute per caller.</summary>
internal sealed class SnelheidsOpties
{
    /// <summary>Per user or client (by the token's subject) on /api and /connect.</summary>
    public int PerAanroeperPerMinuut { get; set; } = 600;

    /// <summary>Per IP address for requests without a token.</summary>
    public int AnoniemPerMinuut { get; set; } = 120;

    /// <summary>Per IP address for sign-in attempts (on top of the per-account lockout).</summary>
    public int AanmeldpogingenPerMinuut { get; set; } = 10;
}

/// <summary>Where in the pipeline a limiter stands, and so what it can know of the caller.</summary>
internal enum Fase
{
    /// <summary>Before authentication: the token and sign-in endpoints, keyed by IP address. OpenIddict answers a bad
    /// client secret inside authentication, so a limiter after it would never count those attempts.</summary>
    VoorAuthenticatie,

    /// <summary>After authentication: the API, keyed by the token's subject (or the IP address without a token).</summary>
    NaAuthenticatie,
}

/// <summary>
/// Fixed one-minute windows per caller, announced with the IETF RateLimit-Policy and RateLimit headers
/// (draft-ietf-httpapi-ratelimit-headers) and refused with a 429 problem and Retry-After when used up.
/// </summary>
internal sealed class SnelheidsbegrenzingMiddleware(RequestDelegate next, SnelheidsOpties opties, TimeProvider klok, Fase fase)
{
    private static readonly TimeSpan Venster = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Teller> _tellers = new(StringComparer.Ordinal);
    private long _verzoeken;

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problemen)
    {
        if (Beleid(context) is not var (naam, limiet, sleutel))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var nu = klok.GetUtcNow();
        var vensterStart = new DateTimeOffset(nu.Ticks - (nu.Ticks % Venster.Ticks), TimeSpan.Zero);
        var teller = _tellers.AddOrUpdate(
            $"{naam}|{sleutel}",
            _ => new Teller(vensterStart, 1),
            (_, oud) => oud.Start == vensterStart ? oud with { Aantal = oud.Aantal + 1 } : new Teller(vensterStart, 1));
        RuimOp(vensterStart);

        var reset = (int)Math.Ceiling((vensterStart + Venster - nu).TotalSeconds);
        var over = Math.Max(0, limiet - teller.Aantal);
        context.Response.Headers["RateLimit-Policy"] = string.Create(CultureInfo.InvariantCulture, $"\"{naam}\";q={limiet};w={(int)Venster.TotalSeconds}");
        context.Response.Headers["RateLimit"] = string.Create(CultureInfo.InvariantCulture, $"\"{naam}\";r={over};t={reset}");

        if (teller.Aantal <= limiet)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = reset.ToString(CultureInfo.InvariantCulture);
        await problemen.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Detail = $"Te veel verzoeken: hoogstens {limiet} per minuut. Probeer het over {reset} seconden opnieuw.",
            },
        }).ConfigureAwait(false);
    }

    private (string Naam, int Limiet, string Sleutel)? Beleid(HttpContext context)
    {
        var pad = context.Request.Path;
        var ip = context.Connection.RemoteIpAddress?.ToString() ?? "onbekend";
        if (fase == Fase.VoorAuthenticatie)
        {
            return pad.Equals("/inloggen", StringComparison.Ordinal) && HttpMethods.IsPost(context.Request.Method)
                ? ("aanmelden", opties.AanmeldpogingenPerMinuut, ip)
                : pad.StartsWithSegments("/connect", StringComparison.Ordinal)
                    ? ("autorisatieserver", opties.AnoniemPerMinuut, ip)
                    : null;
        }

        if (!pad.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            return null;
        }

        var onderwerp = context.User.FindFirstValue(Claims.Subject);
        return onderwerp is null
            ? ("anoniem", opties.AnoniemPerMinuut, ip)
            : ("per-aanroeper", opties.PerAanroeperPerMinuut, onderwerp);
    }

    /// <summary>Drops counters of past windows now and then, so many distinct callers cannot grow memory without bound.</summary>
    private void RuimOp(DateTimeOffset vensterStart)
    {
        if (Interlocked.Increment(ref _verzoeken) % 1024 != 0)
        {
            return;
        }

        foreach (var (sleutel, teller) in _tellers)
        {
            if (teller.Start < vensterStart)
            {
                _tellers.TryRemove(new KeyValuePair<string, Teller>(sleutel, teller));
            }
        }
    }

    private sealed record Teller(DateTimeOffset Start, int Aantal);
}
