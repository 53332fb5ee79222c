namespace PassendOnderwijs.Domain.Organisaties;

/// <summary>A regio of the samenwerkingsverband with the lokale netwerken in it (seed 004: case consultations happen there).</summary>
public sealed record Regio(string Naam, IReadOnlyList<string> LokaleNetwerken);
