namespace PassendOnderwijs.Infrastructure.Identiteit;

/// <summary>Claim types this API puts in its access tokens besides the standard ones (sub, name, role, scope).</summary>
public static class PoClaims
{
    /// <summary>The samenwerkingsverband code (tenant) of the user or client.</summary>
    public const string Samenwerkingsverband = "swv";

    /// <summary>A vestiging (BRIN + vestigingsnummer) a school-medewerker works for; one claim each.</summary>
    public const string Vestiging = "vestiging";

    /// <summary>The client property (a JSON array) with a koppeling's vestigingen; each becomes a <see cref="Vestiging"/> claim.</summary>
    public const string Vestigingen = "vestigingen";

    public static IReadOnlyList<string> LeesVestigingen(IReadOnlyDictionary<string, System.Text.Json.JsonElement> eigenschappen) =>
        eigenschappen.TryGetValue(Vestigingen, out var lijst) && lijst.ValueKind == System.Text.Json.JsonValueKind.Array
            ? lijst.EnumerateArray().Where(v => v.ValueKind == System.Text.Json.JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];

    /// <summary>A functie (code) a medewerker of the samenwerkingsverband holds on top of the role; one claim each.</summary>
    public const string Functie = "functie";

    /// <summary>"gebruiker" or "client".</summary>
    public const string Soort = "soort";
}
