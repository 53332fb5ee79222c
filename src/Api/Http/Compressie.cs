using System.Collections.Concurrent;
using System.IO.Compression;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Api.Http.Tabeluitvoer;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// Brotli or gzip, as the client's Accept-Encoding prefers, for the API's text answers: JSON, problem+json, ndjson and
/// CSV. At <see cref="CompressionLevel.Fastest"/>: the register's ndjson copy shrinks to about a seventh already (pages of
/// 100 to about a quarter), and Optimal costs three to four times the CPU for some 15% fewer bytes (README). HTML, the
/// SPA's files, PDF, XLSX (already zipped) and other documents are never compressed here.
/// Behind TLS (HTTPS on), so BREACH applies: an attacker who can put text of his own into a compressed answer that
/// also holds a secret, and see the answer's length, can guess the secret byte by byte. So no answer of the token
/// and authorisation endpoints (/connect/*) is compressed, nor any answer whose type carries a secret (a client
/// secret, an activation code, a password), found from the endpoints' declared response types (<see cref="GeheimAntwoord"/>).
/// </summary>
internal static class Compressie
{
    public static readonly IReadOnlyList<string> Mediatypen =
        ["application/json", "application/problem+json", Ndjson.Mediatype, CsvTabel.Mediatype];

    public static IServiceCollection AddCompressie(this IServiceCollection services)
    {
        services.AddResponseCompression(opties =>
        {
            opties.EnableForHttps = true;
            opties.MimeTypes = Mediatypen;
            opties.Providers.Add<BrotliCompressionProvider>();
            opties.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, ZonderGeheimen>();
        return services;
    }

    /// <summary>The framework's choice of coding, except for the answers that must stay uncompressed (BREACH).</summary>
    private sealed class ZonderGeheimen(IServiceProvider services, IOptions<ResponseCompressionOptions> opties)
        : ResponseCompressionProvider(services, opties)
    {
        public override bool ShouldCompressResponse(HttpContext context) =>
            !GeheimAntwoord.Mogelijk(context) && base.ShouldCompressResponse(context);
    }
}

/// <summary>Which answers may hold a secret next to what the caller sent, and so are never compressed.</summary>
internal static class GeheimAntwoord
{
    /// <summary>Property names of a secret in a response type (ClientSecret, Activatiecode, an initial Wachtwoord).</summary>
    private static readonly string[] Geheimen = ["Secret", "Geheim", "Activatiecode", "Wachtwoord"];

    private static readonly ConcurrentDictionary<Type, bool> PerType = new();

    // Asked on every compressible answer: the endpoints live as long as the app, so each is judged once.
    private static readonly ConcurrentDictionary<Endpoint, bool> PerEndpoint = new();

    public static bool Mogelijk(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return context.GetEndpoint() is { } endpoint && PerEndpoint.GetOrAdd(endpoint, Mogelijk);
    }

    /// <summary>Whether one of the endpoint's declared response types holds a secret.</summary>
    public static bool Mogelijk(Endpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoint.Metadata.OfType<IProducesResponseTypeMetadata>()
            .Any(m => m.Type is { } type && PerType.GetOrAdd(type, t => BevatGeheim(t, [])));
    }

    /// <summary>Whether a type, or a type it holds (a property, a list's items), has a property named as a secret.</summary>
    internal static bool BevatGeheim(Type type, HashSet<Type> gezien)
    {
        var element = type.IsArray ? type.GetElementType()!
            : type.IsGenericType && type.GetGenericArguments().Length == 1 ? type.GetGenericArguments()[0]
            : type;
        if (element.Namespace?.StartsWith("PassendOnderwijs", StringComparison.Ordinal) != true || !gezien.Add(element))
        {
            return false;
        }

        return element.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p =>
            Geheimen.Any(g => p.Name.Contains(g, StringComparison.OrdinalIgnoreCase)) || BevatGeheim(p.PropertyType, gezien));
    }
}
