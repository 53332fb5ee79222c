namespace PassendOnderwijs.Domain.Common;

/// <summary>The kinds of expected failure a use case can end in; each maps to one HTTP status and problem type.</summary>
public enum FoutSoort
{
    /// <summary>The input itself is malformed or incomplete (400).</summary>
    Ongeldig,

    /// <summary>The resource does not exist, or is outside the caller's scope (404).</summary>
    NietGevonden,

    /// <summary>The request is valid but conflicts with the current state (409).</summary>
    Conflict,

    /// <summary>A valid request breaks a business rule (422).</summary>
    RegelGeschonden,

    /// <summary>The caller did not identify themselves (401).</summary>
    NietAangemeld,

    /// <summary>The caller is known but their role or scopes do not allow this (403).</summary>
    Verboden,

    /// <summary>A change must say which version it is based on (If-Match), and did not (428).</summary>
    VersieVereist,

    /// <summary>The version the change is based on is no longer the current one (412).</summary>
    VersieVerouderd,

    /// <summary>What the caller refers to existed once but is no longer kept (410).</summary>
    Verlopen,

    /// <summary>A cursor or token the API cannot trust: not issued by it, changed, of another list, or past what it knows (400).</summary>
    OngeldigToken,
}

/// <summary>
/// One expected failure: a stable machine-readable <paramref name="Code"/> (kebab-case, becomes part of the problem
/// type URI), a Dutch message for people, and optionally the field it is about.
/// </summary>
public sealed record Fout(FoutSoort Soort, string Code, string Melding, string? Veld = null)
{
    /// <summary>
    /// For a refusal that a token with another scope would have passed: those scopes, space-separated as OAuth
    /// writes a scope (RFC 6749 §3.3), so the API can tell the client which to ask for (RFC 6750 §3.1).
    /// </summary>
    public string? VereisteScope { get; init; }

    /// <summary>For a problem in an uploaded file (an import): the row and column it is about.</summary>
    public Bestandsplek? Plek { get; init; }

    public static Fout Ongeldig(string code, string melding, string? veld = null) =>
        new(FoutSoort.Ongeldig, code, melding, veld);

    public static Fout NietGevonden(string code, string melding) => new(FoutSoort.NietGevonden, code, melding);

    public static Fout Conflict(string code, string melding) => new(FoutSoort.Conflict, code, melding);

    public static Fout RegelGeschonden(string code, string melding, string? veld = null) =>
        new(FoutSoort.RegelGeschonden, code, melding, veld);

    public static Fout NietAangemeld(string code, string melding) => new(FoutSoort.NietAangemeld, code, melding);

    public static Fout Verboden(string code, string melding) => new(FoutSoort.Verboden, code, melding);

    /// <summary>Forbidden, but a token with any of these scopes would pass.</summary>
    public static Fout OnvoldoendeScope(string code, string melding, IEnumerable<string> scopes) =>
        new(FoutSoort.Verboden, code, melding) { VereisteScope = string.Join(' ', scopes) };

    public static Fout VersieVereist(string code, string melding) => new(FoutSoort.VersieVereist, code, melding);

    public static Fout VersieVerouderd(string code, string melding) => new(FoutSoort.VersieVerouderd, code, melding);

    public static Fout Verlopen(string code, string melding, string? veld = null) => new(FoutSoort.Verlopen, code, melding, veld);

    public static Fout OngeldigToken(string code, string melding, string veld) => new(FoutSoort.OngeldigToken, code, melding, veld);
}

/// <summary>
/// Where in an uploaded file a problem is. In a table: the row number as a spreadsheet shows it (the header is row 1)
/// and the column's name. In an XML document: the line, the position in that line, and the element's XPath.
/// </summary>
public sealed record Bestandsplek(int? Regel, string? Kolom, int? Positie = null, string? Pad = null);
