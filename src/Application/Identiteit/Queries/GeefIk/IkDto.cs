using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Deskundigen;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Application.Identiteit.Queries.GeefIk;

public sealed record IkDto
{
    /// <summary>"gebruiker" or "client".</summary>
    public required string Soort { get; init; }

    public required string Id { get; init; }

    public required string Naam { get; init; }

    /// <summary>The user's e-mail address (their sign-in name); null for a client.</summary>
    public string? Email { get; init; }

    /// <summary>The code of the caller's samenwerkingsverband.</summary>
    public string? Samenwerkingsverband { get; init; }

    /// <summary>The samenwerkingsverband's name, so people see a name rather than a code.</summary>
    public string? SamenwerkingsverbandNaam { get; init; }

    [CodeUit<Rol>]
    public required IReadOnlyList<string> Rollen { get; init; }

    /// <summary>The functies (tasks on top of the role) of a medewerker of the samenwerkingsverband, as the token carries them.</summary>
    [CodeUit<Functie>]
    public required IReadOnlyList<string> Functies { get; init; }

    /// <summary>The vestigingen whose pupils a school-medewerker may see.</summary>
    public required IReadOnlyList<string> Vestigingen { get; init; }

    /// <summary>The same vestigingen with the schools' names, in the order of <see cref="Vestigingen"/>.</summary>
    public required IReadOnlyList<IkSchoolDto> Scholen { get; init; }

    /// <summary>
    /// For an expert: how many pupils they may see today because SWV staff made them betrokkene (a number, no
    /// pupil data); null for everyone else.
    /// </summary>
    public int? LeerlingenBetrokken { get; init; }

    /// <summary>
    /// For a deskundige: their own entry in the register of deskundigen (discipline, registration, werkgever), or null
    /// while SWV staff have not linked their account to one; null for everyone else.
    /// </summary>
    public DeskundigeDto? Deskundige { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }

    /// <summary>
    /// For a person: how sure we are who signed in (from the token's acr), e.g. "laag" after a password; null for a
    /// client, or a token that names no level we know.
    /// </summary>
    [CodeUit<Betrouwbaarheidsniveau>]
    public string? Betrouwbaarheidsniveau { get; init; }
}

/// <param name="Vestiging">BRIN + vestigingsnummer, e.g. 12AB00.</param>
/// <param name="Naam">The school's name; null when the samenwerkingsverband has not registered this vestiging (yet).</param>
public sealed record IkSchoolDto(string Vestiging, string? Naam);
