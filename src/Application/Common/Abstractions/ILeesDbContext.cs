namespace PassendOnderwijs.Application.Common.Abstractions;

/// <summary>
/// What a query handler reads with when it tolerates a little lag: the LAS feeds and the lists of the m2m sync. With
/// a read connection configured (<c>PASSENDONDERWIJS_DB_LEZEN</c>, a streaming replica) a machine client's reads go
/// there; a person's reads, and everything when none is configured, go to the primary, so a person always sees what
/// they just wrote. A handler declares it by taking this instead of <see cref="IApplicationDbContext"/>; a command
/// never does (the architecture tests hold that), and this context refuses to save.
/// </summary>
/// <remarks>
/// The sets are those of <see cref="IApplicationDbContext"/>, so the feeds' shared helpers serve both. A replica shows
/// an earlier state of the primary; why a feed token stays correct on it is told at <c>Syncfeed</c>.
/// </remarks>
public interface ILeesDbContext : IApplicationDbContext
{
    /// <summary>Whether reads go to the replica now (a read connection is configured, the caller is a machine, no fallback yet).</summary>
    bool OpReplica { get; }

    /// <summary>Whether a read of this request actually went to the replica.</summary>
    bool LasVanReplica { get; }

    /// <summary>
    /// Reads from the primary for the rest of the request: for the pipeline, when the replica could not answer a
    /// token or cursor from a state it has not replayed yet (see <c>ReplicaBehaviour</c>).
    /// </summary>
    void LeesVoortaanVanPrimair();
}
