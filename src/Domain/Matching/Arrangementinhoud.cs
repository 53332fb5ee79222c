using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Domain.Matching;

/// <summary>
/// What one kind of arrangement brings on the five IVO fields, as the samenwerkingsverband states it in its policy.
/// The matching adds it to a school's profile (the higher level counts per field) to close the gaps of a pupil.
/// </summary>
public sealed record Arrangementinhoud(SoortArrangement Soort, IvoNiveaus Brengt)
{
    /// <summary>The weight of the kind for choosing the lightest combination: the sum of its levels.</summary>
    internal int Gewicht => Enum.GetValues<IvoVeld>().Sum(v => (int?)Brengt[v] ?? 0);
}
