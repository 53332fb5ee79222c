namespace PassendOnderwijs.Application.Expertises;

/// <summary>An expertise as the API shows it: the code, its Dutch omschrijving and the leerjaar it was asked for.</summary>
public sealed record ExpertiseDto
{
    public required string Code { get; init; }

    public required string Omschrijving { get; init; }

    public required string Leerjaar { get; init; }
}
