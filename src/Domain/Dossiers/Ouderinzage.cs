using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Dossiers;

/// <summary>An answer from OSO code list 37 "Akkoord".</summary>
public enum Akkoordantwoord
{
    Ja,
    Nee,
    Onbekend,
}

public static class AkkoordantwoordCodes
{
    public static Codelijst<Akkoordantwoord> Lijst { get; } = new(
        "antwoord",
        new Dictionary<Akkoordantwoord, (string Code, string Label)>
        {
            [Akkoordantwoord.Ja] = ("ja", "Ja"),
            [Akkoordantwoord.Nee] = ("nee", "Nee"),
            [Akkoordantwoord.Onbekend] = ("onbekend", "Onbekend"),
        });
}

/// <summary>
/// What the ouders (or the pupil) said about the dossier before it was sent: whether they saw it and when, whether
/// they agree with its content (and why not), and whether they consent to the transfer. Shown prominently, because
/// a "nee" changes how the SWV reads the rest.
/// </summary>
public sealed record Ouderinzage(
    bool? VoorlopigDossier,
    bool? Ingezien,
    DateOnly? Inzagedatum,
    Akkoordantwoord? Akkoord,
    string? RedenNietAkkoord,
    Akkoordantwoord? Toestemming)
{
    /// <summary>The ouders disagree with the content, or did not consent to the transfer.</summary>
    public bool HeeftBezwaar => Akkoord == Akkoordantwoord.Nee || Toestemming == Akkoordantwoord.Nee;
}
