using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Aanmeldingen;

/// <summary>The one extension of the term: why, and that (and when) the ouders were told.</summary>
public sealed record Verlenging(string Reden, DateOnly OudersGeinformeerdOp, Actor Door, DateTimeOffset VastgelegdOp)
{
    public const int MaximaleLengteReden = 2000;
}

/// <summary>
/// The school that admits the pupil instead, with its agreement: a vestiging of the samenwerkingsverband, by its code
/// as text (the decision is stored as JSON; the aggregate keeps the code as a column too, for the visibility filter).
/// </summary>
public sealed record AndereSchool(string Vestiging, string Naam, DateOnly AkkoordOp);

/// <summary>What the school decided, when, and why.</summary>
public sealed record Aanmeldingsbesluit(
    Toelatingsuitkomst Uitkomst,
    DateOnly Besluitdatum,
    string? Reden,
    AndereSchool? AndereSchool,
    bool InOverlegMetOuders,
    Actor Door,
    DateTimeOffset VastgelegdOp)
{
    public const int MaximaleLengteReden = 4000;
}

/// <summary>What the school decides, as asked; checked as a whole by <see cref="Aanmelding.Beslis"/>.</summary>
/// <param name="AndereSchool">The other school (only for <see cref="Toelatingsuitkomst.AndereSchool"/>), as the register has it.</param>
/// <param name="AkkoordAndereSchoolOp">The day the other school agreed to admit the pupil.</param>
public sealed record Besluitverzoek(
    Toelatingsuitkomst Uitkomst,
    DateOnly Besluitdatum,
    string? Reden,
    School? AndereSchool,
    DateOnly? AkkoordAndereSchoolOp,
    bool InOverlegMetOuders);
