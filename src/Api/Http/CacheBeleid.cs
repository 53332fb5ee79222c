namespace PassendOnderwijs.Api.Http;

/// <summary>
/// Endpoint metadata for responses that hold no personal data and may be stored, provided the client revalidates
/// them with their ETag. Everything else under /api is "no-store".
/// </summary>
internal sealed class OpenbareReferentiedata
{
    public const string CacheControl = "no-cache";
}

internal static class CacheBeleidExtensies
{
    public static TBuilder IsOpenbareReferentiedata<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OpenbareReferentiedata());
}
