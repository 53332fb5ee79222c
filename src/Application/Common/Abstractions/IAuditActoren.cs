namespace PassendOnderwijs.Application.Common.Abstractions;

/// <summary>Who acted in one audit log: a person, a client or the system, by the name the newest record gave.</summary>
public sealed record ActorInHetLog(string Actor, string Soort, string? Naam);

/// <summary>
/// Everyone who appears as the actor in an audit log, also when their account or koppeling is gone: the log keeps
/// them, so an auditor must be able to choose them. Read from the index on (samenwerkingsverband, actor), one lookup
/// per actor, never a scan of the whole log.
/// </summary>
public interface IAuditActoren
{
    /// <summary>The actors of one samenwerkingsverband's log, or of the platform's log (records of none) when null.</summary>
    Task<IReadOnlyList<ActorInHetLog>> InHetLogAsync(string? samenwerkingsverband, CancellationToken ct);
}
