using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

/// <summary>The op overeenstemming gericht overleg with the ouders about a version, before it is vastgesteld.</summary>
public sealed record OppOverleg(DateOnly Datum, string Deelnemers, string Uitkomst, Actor VastgelegdDoor, DateTimeOffset VastgelegdOp)
{
    public const int MaximaleLengte = 4000;
}

/// <summary>
/// The pupil's hoorrecht: that the pupil was heard, with the date and a short summary of what they said; or why
/// not, with a reason.
/// </summary>
public sealed record OppHoorrecht(bool Gehoord, DateOnly? Datum, string Toelichting, Actor VastgelegdDoor, DateTimeOffset VastgelegdOp)
{
    public const int MaximaleLengte = 4000;
}

/// <summary>How the ouders gave or refused their instemming.</summary>
public enum Instemmingswijze
{
    OpPapier,

    /// <summary>Digitally outside the portal (an e-mail, a form of the school's own); the school records it.</summary>
    Digitaal,

    /// <summary>By the ouder themself in the parent portal, signed in; only the portal records this way.</summary>
    DigitaalInPortaal,
}

public static class InstemmingswijzeCodes
{
    public static Codelijst<Instemmingswijze> Lijst { get; } = new(
        "wijze van instemming",
        new Dictionary<Instemmingswijze, (string Code, string Label)>
        {
            [Instemmingswijze.OpPapier] = ("op-papier", "Op papier ondertekend"),
            [Instemmingswijze.Digitaal] = ("digitaal", "Digitaal, buiten het ouderportaal"),
            [Instemmingswijze.DigitaalInPortaal] = ("digitaal-in-portaal", "Door de ouder zelf in het ouderportaal"),
        });
}

/// <summary>
/// The ouders' instemming with the handelingsdeel of one exact version (its <see cref="Vingerafdruk"/>), or their
/// refusal with its reason: who, when and how. An answer given in the portal also names how sure we were who signed
/// in (<see cref="Betrouwbaarheidsniveau"/>); <see cref="VastgelegdDoor"/> is then the ouder's own account.
/// </summary>
public sealed record OppInstemming(
    bool Gegeven,
    DateOnly Datum,
    string Ouder,
    Instemmingswijze Wijze,
    string? Reden,
    string Vingerafdruk,
    Actor VastgelegdDoor,
    DateTimeOffset VastgelegdOp,
    Betrouwbaarheidsniveau? Betrouwbaarheidsniveau = null)
{
    public const int MaximaleLengteOuder = 160;
    public const int MaximaleLengteReden = 4000;
}
