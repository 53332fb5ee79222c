namespace PassendOnderwijs.Application.Expertises.Queries.GeefExpertises;

public sealed record ExpertiseLijstDto
{
    /// <summary>The leerjaar the list applies to, as asked (or the current one).</summary>
    public required string Leerjaar { get; init; }

    public required IReadOnlyList<ExpertiseDto> Expertises { get; init; }
}
