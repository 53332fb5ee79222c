namespace PassendOnderwijs.Infrastructure.Identiteit;

/// <summary>
/// The configured public address of the API (setting "PubliekeUrl"): the issuer of its tokens, and the only host it
/// answers to. Read from configuration, never from a request's Host header.
/// </summary>
public static class PubliekeUrl
{
    public const string Sleutel = "PubliekeUrl";

    /// <summary>The configured address; a host that serves HTTP cannot start without it.</summary>
    public static Uri Lees(Microsoft.Extensions.Configuration.IConfiguration configuratie) =>
        Microsoft.Extensions.Configuration.ConfigurationBinder.GetValue<Uri?>(configuratie, Sleutel) ?? throw new InvalidOperationException(
            $"Set {Sleutel} to the address people and clients use for this API (e.g. https://passendonderwijs.example/): the issuer " +
            "of its tokens and the only host it answers to. ./run.sh and ./test.sh set it to the address they start the API on.");
}
