namespace PassendOnderwijs.Domain.Portfolio.Expertboek;

/// <summary>What the expertboek says about one expert, as asked for; checked by <see cref="Expertprofiel"/>.</summary>
/// <param name="Regio">The regio the expert belongs to (their portfolio).</param>
/// <param name="OokInRegios">Other regio's the expert works in when capacity requires it.</param>
public sealed record Expertprofielgegevens(
    IReadOnlyList<Expertisegebied> Expertisegebieden,
    string? Regio,
    decimal? Fte,
    IReadOnlyList<Werkdag> Werkdagen,
    IReadOnlyList<string> OokInRegios,
    string? Toelichting);
