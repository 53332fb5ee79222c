using PassendOnderwijs.Application.Common.Audit;
using PassendOnderwijs.Application.Common.Contract;

namespace PassendOnderwijs.Application.Koppelingen;

/// <summary>A machine client (a LAS or partner) as the SWV administrator sees it. Never contains a secret.</summary>
public sealed record KoppelingDto
{
    public required string ClientId { get; init; }

    public required string Naam { get; init; }

    public required string Samenwerkingsverband { get; init; }

    [ScopeCodes]
    public required IReadOnlyList<string> Scopes { get; init; }

    /// <summary>The vestigingen whose pupils' data the client may read.</summary>
    public required IReadOnlyList<string> Vestigingen { get; init; }

    /// <summary>"client_secret_basic" or "private_key_jwt".</summary>
    public required string Authenticatie { get; init; }
}

/// <summary>A koppeling just registered; <see cref="ClientSecret"/> is shown this once and stored only as a hash.</summary>
public sealed record NieuweKoppelingDto : IAuditResultaat
{
    string IAuditResultaat.AuditResourceId => Koppeling.ClientId;

    public required KoppelingDto Koppeling { get; init; }

    public string? ClientSecret { get; init; }
}

public sealed record NieuwGeheimDto
{
    public required string ClientId { get; init; }

    /// <summary>Shown this once; the old secret and every token issued with it stop working now.</summary>
    public required string ClientSecret { get; init; }
}
