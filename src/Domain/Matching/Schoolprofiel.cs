using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Matching;

/// <summary>
/// A school as the matching needs it: where it sits in the samenwerkingsverband's indeling (regio and lokaal netwerk,
/// for nearness), its kind (which decides the tier) and the levels of its schoolondersteuningsprofiel
/// (<see cref="Biedt"/>). A light projection of <see cref="School"/>, so a whole samenwerkingsverband is cheap to read.
/// </summary>
public sealed record Schoolprofiel(
    VestigingCode Vestiging,
    string Naam,
    SoortSchool Soort,
    string? Regio,
    string? LokaalNetwerk,
    IvoNiveaus Biedt);
