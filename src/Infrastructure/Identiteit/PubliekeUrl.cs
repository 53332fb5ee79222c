namespace PassendOnderwijs.Infrastructure.Identiteit;

/// <summary>
/// The configured public address of the API (setting "PubliekeUrl"): the issuer of its tokens, and the only host it
/// answers to. Read from configuration, never from a request's Host header.
/// </summary>
public static class PubliekeUrl
{
    public const string Sleutel = "PubliekeUrl";
}
