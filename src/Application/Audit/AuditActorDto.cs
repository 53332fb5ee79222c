namespace PassendOnderwijs.Application.Audit;

/// <summary>Someone to filter an audit log on: an account, a koppeling or another actor the log names.</summary>
public sealed record AuditActorDto
{
    /// <summary>The value of the log's actor filter: a user id or a client id.</summary>
    public required string Actor { get; init; }

    /// <summary>"gebruiker", "client" or "systeem".</summary>
    public required string ActorSoort { get; init; }

    public required string Naam { get; init; }

    /// <summary>A koppeling that was revoked: it is no longer in the register, its records stay in the log.</summary>
    public required bool Ingetrokken { get; init; }

    /// <summary>Whether the actor appears in the log: false for an account or koppeling that has not acted yet.</summary>
    public required bool InHetLog { get; init; }
}

public sealed record AuditActorLijstDto(IReadOnlyList<AuditActorDto> Actoren);
