using Microsoft.Net.Http.Headers;
using PassendOnderwijs.Application.Common.Hervalidatie;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// ETags that the use case derives from what fixes the content (<see cref="IHervalideerbaar"/>) instead of from the
/// body's bytes: a matching If-None-Match gets its 304 before the list is read. The tag is weak (W/"…"): the same
/// version is served identity, gzip or br, and equal content is what it promises. Such an endpoint carries
/// <see cref="EigenInhoudsversie"/>, so <see cref="EtagMiddleware"/> neither buffers nor hashes it.
/// </summary>
internal static class Inhoudsversies
{
    /// <summary>The API's build: a new build may write the same data differently, so it never shares a version.</summary>
    private static readonly string Build =
        $"{typeof(ApiOpties).Assembly.ManifestModule.ModuleVersionId:N}.{typeof(IHervalideerbaar).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>Accept selects the representation and Accept-Encoding the coding: a cache keeps them apart.</summary>
    private const string Vary = "Accept, Accept-Encoding";

    public static string Weergave(string mediatype) => $"{mediatype};{ApiOpties.Versie};{Build}";

    /// <summary>The opaque versions in If-None-Match, compared weakly (W/"x" is "x"); an unreadable header names none.</summary>
    public static IReadOnlyCollection<string> BekendeVersies(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return [.. request.GetTypedHeaders().IfNoneMatch.Select(e =>
            e.Equals(EntityTagHeaderValue.Any) ? Inhoudsversie.Iedere : e.Tag.ToString().Trim('"'))];
    }

    /// <summary>Sets the ETag and Vary; true when the client holds this version and is answered 304 without a body.</summary>
    public static bool ZetVersie<T>(Hervalidatie<T> antwoord, HttpContext http)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(antwoord);
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.ETag = new EntityTagHeaderValue($"\"{antwoord.Versie}\"", isWeak: true).ToString();
        http.Response.Headers.Vary = Vary;
        return antwoord.IsOngewijzigd;
    }
}

/// <summary>Endpoint metadata: the endpoint sets its own ETag from <see cref="Inhoudsversies"/> and answers If-None-Match itself.</summary>
internal sealed record EigenInhoudsversie;
