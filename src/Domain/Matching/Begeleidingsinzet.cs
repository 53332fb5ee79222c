using PassendOnderwijs.Domain.Begeleidingsaanbod;

namespace PassendOnderwijs.Domain.Matching;

/// <summary>
/// Ambulante begeleiding by one aanbieder for the pupil: the aanbod line chosen for each named expertise, how near
/// the farthest of them reaches the pupil, and the capacity it publishes (the smallest known one of those lines, as
/// the scarcest line limits the whole; null when no line publishes one).
/// </summary>
public sealed record Begeleidingsinzet(ObaCode Aanbieder, string Naam, IReadOnlyList<Aanbodregel> Regels, Nabijheid Nabijheid, int? Capaciteit);
