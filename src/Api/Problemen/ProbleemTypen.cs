namespace PassendOnderwijs.Api.Problemen;

/// <summary>
/// Problem type URIs (RFC 9457). Plain HTTP failures use "about:blank" with the status phrase as title, as the RFC
/// recommends; problems specific to this API get a stable URN per code that clients can switch on.
/// </summary>
internal static class ProbleemTypen
{
    public const string Standaard = "about:blank";

    public const string OngeldigeInvoer = Voorvoegsel + "ongeldige-invoer";

    /// <summary>A cursor or token the API cannot trust, whichever parameter carried it: the client starts again without it.</summary>
    public const string OngeldigToken = Voorvoegsel + "ongeldig-token";

    /// <summary>ASP.NET's defaults point at RFC 9110 sections; those become about:blank here.</summary>
    public const string HttpVoorvoegsel = "https://tools.ietf.org/html/rfc9110";

    private const string Voorvoegsel = "urn:passendonderwijs:probleem:";

    public static string Voor(string code) => Voorvoegsel + code;
}
