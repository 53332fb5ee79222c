using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Identiteit.Queries.GeefIk;

public sealed record IkDto
{
    /// <summary>"gebruiker" or "client".</summary>
    public required string Soort { get; init; }

    public required string Id { get; init; }

    public required string Naam { get; init; }

    public string? Samenwerkingsverband { get; init; }

    [CodeUit<Rol>]
    public required IReadOnlyList<string> Rollen { get; init; }

    /// <summary>The vestigingen whose pupils a school-medewerker may see.</summary>
    public required IReadOnlyList<string> Vestigingen { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }
}
