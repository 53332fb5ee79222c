using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>
/// Where an OPP is (<see cref="OppLevenscyclus"/>): a first concept → vastgesteld ⇄ in herziening (a new concept next
/// to the version that holds) → afgesloten when the pupil no longer needs it or leaves the school.
/// </summary>
public enum OppStatus
{
    Concept,
    Vastgesteld,
    InHerziening,
    Afgesloten,
}

public static class OppStatusCodes
{
    public static Codelijst<OppStatus> Lijst { get; } = new(
        "status",
        new Dictionary<OppStatus, (string Code, string Label)>
        {
            [OppStatus.Concept] = ("concept", "Concept, nog niet vastgesteld"),
            [OppStatus.Vastgesteld] = ("vastgesteld", "Vastgesteld"),
            [OppStatus.InHerziening] = ("in-herziening", "Vastgesteld, nieuwe versie in concept"),
            [OppStatus.Afgesloten] = ("afgesloten", "Afgesloten"),
        });
}

/// <summary>Where one version of an OPP is: a concept can change; a vastgestelde version is read-only for good.</summary>
public enum Versiestatus
{
    Concept,
    Vastgesteld,

    /// <summary>Was vastgesteld, and a later version holds now.</summary>
    Vervangen,
}

public static class VersiestatusCodes
{
    public static Codelijst<Versiestatus> Lijst { get; } = new(
        "versiestatus",
        new Dictionary<Versiestatus, (string Code, string Label)>
        {
            [Versiestatus.Concept] = ("concept", "Concept"),
            [Versiestatus.Vastgesteld] = ("vastgesteld", "Vastgesteld"),
            [Versiestatus.Vervangen] = ("vervangen", "Vervangen door een nieuwere versie"),
        });
}
