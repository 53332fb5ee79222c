using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Dossiers;

/// <summary>What happened to one part of a delivered dossier, as the report tells the school or LAS.</summary>
public enum Verslagsoort
{
    Aangemaakt,
    Bijgewerkt,
    Bewaard,
    Genegeerd,
    Weggelaten,
}

public static class VerslagsoortCodes
{
    public static Codelijst<Verslagsoort> Lijst { get; } = new(
        "soort verslagregel",
        new Dictionary<Verslagsoort, (string Code, string Label)>
        {
            [Verslagsoort.Aangemaakt] = ("aangemaakt", "Aangemaakt"),
            [Verslagsoort.Bijgewerkt] = ("bijgewerkt", "Bijgewerkt"),
            [Verslagsoort.Bewaard] = ("bewaard", "Bewaard bij het dossier"),
            [Verslagsoort.Genegeerd] = ("genegeerd", "Niet overgenomen"),
            [Verslagsoort.Weggelaten] = ("weggelaten", "Bewust weggelaten"),
        });
}

/// <summary>
/// One line of the report: what (<paramref name="Onderdeel"/>, in words), what happened and why, and where in the
/// dossier (its XPath) when it is about one place.
/// </summary>
public sealed record Verslagregel(Verslagsoort Soort, string Onderdeel, string Toelichting, string? Pad = null);
