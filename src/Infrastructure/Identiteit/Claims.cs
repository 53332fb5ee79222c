namespace PassendOnderwijs.Infrastructure.Identiteit;

/// <summary>Claim types this API puts in its access tokens besides the standard ones (sub, name, role, scope).</summary>
public static class PoClaims
{
    /// <summary>The samenwerkingsverband code (tenant) of the user or client.</summary>
    public const string Samenwerkingsverband = "swv";

    /// <summary>A vestiging (BRIN + vestigingsnummer) a school-medewerker works for; one claim each.</summary>
    public const string Vestiging = "vestiging";

    /// <summary>"gebruiker" or "client".</summary>
    public const string Soort = "soort";
}
