namespace PassendOnderwijs.Application.Dossiers.Oso;

/// <summary>
/// The limits of what an OSO dossier may be. The dossiers carry their attachments as base64, so a real one can reach
/// several megabytes; anything far beyond that is not a dossier.
/// </summary>
public static class OsoGrenzen
{
    /// <summary>20 MB: the largest dossier the API accepts (the contract says so).</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>The deepest the OSO XSD nests is about ten levels; far deeper is an attack on the parser.</summary>
    public const int MaxDiepte = 32;

    /// <summary>How many problems one answer lists; a dossier with more has more wrong than a list can help with.</summary>
    public const int MaxProblemen = 100;
}
