using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Gebruikers;

/// <summary>
/// How sure we are who signed in (eIDAS level of assurance, as the Wet digitale overheid uses it). It belongs to the
/// sign-in, never to the account: the same ouder is <see cref="Laag"/> with a password and may be higher through DigiD.
/// DigiD Basis and Midden are eIDAS laag, DigiD Substantieel is substantieel and DigiD Hoog is hoog (the Logius table).
/// </summary>
public enum Betrouwbaarheidsniveau
{
    Laag,
    Substantieel,
    Hoog,
}

public static class BetrouwbaarheidsniveauCodes
{
    public static Codelijst<Betrouwbaarheidsniveau> Lijst { get; } = new(
        "betrouwbaarheidsniveau",
        new Dictionary<Betrouwbaarheidsniveau, (string Code, string Label)>
        {
            [Betrouwbaarheidsniveau.Laag] = ("laag", "Laag (wachtwoord, DigiD Basis of Midden)"),
            [Betrouwbaarheidsniveau.Substantieel] = ("substantieel", "Substantieel (DigiD Substantieel)"),
            [Betrouwbaarheidsniveau.Hoog] = ("hoog", "Hoog (DigiD Hoog)"),
        });

    /// <summary>
    /// The standard <c>acr</c> values: the eIDAS level URIs that identity brokers (DigiD, eHerkenning) send too, so an
    /// external provider's token reads the same as ours.
    /// </summary>
    private static readonly Dictionary<Betrouwbaarheidsniveau, string> Acr = new()
    {
        [Betrouwbaarheidsniveau.Laag] = "http://eidas.europa.eu/LoA/low",
        [Betrouwbaarheidsniveau.Substantieel] = "http://eidas.europa.eu/LoA/substantial",
        [Betrouwbaarheidsniveau.Hoog] = "http://eidas.europa.eu/LoA/high",
    };

    /// <summary>The value of the <c>acr</c> claim for this level.</summary>
    public static string AlsAcr(Betrouwbaarheidsniveau niveau) => Acr[niveau];

    /// <summary>The level an <c>acr</c> claim names: an eIDAS URI or one of our codes; null for anything else (no level we know).</summary>
    public static Betrouwbaarheidsniveau? VanAcr(string? acr)
    {
        foreach (var (niveau, uri) in Acr)
        {
            if (string.Equals(uri, acr, StringComparison.OrdinalIgnoreCase))
            {
                return niveau;
            }
        }

        return Lijst.Zoek(acr);
    }
}
