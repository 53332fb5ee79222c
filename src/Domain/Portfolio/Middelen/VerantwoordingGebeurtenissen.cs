using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Portfolio.Middelen;

/// <summary>
/// A step in a verantwoording's lifecycle, as others may learn of it: thin like every event (ids, status, when), no
/// free text and no pupils, because events may leave the system.
/// </summary>
public abstract record VerantwoordingGebeurtenisBericht(Guid VerantwoordingId, SwvCode Samenwerkingsverband, VerantwoordingStatus Status, DateTimeOffset Op) : IDomainEvent;

public sealed record VerantwoordingIngediend(Guid VerantwoordingId, SwvCode Samenwerkingsverband, VerantwoordingStatus Status, DateTimeOffset Op)
    : VerantwoordingGebeurtenisBericht(VerantwoordingId, Samenwerkingsverband, Status, Op);

public sealed record VerantwoordingTeruggestuurd(Guid VerantwoordingId, SwvCode Samenwerkingsverband, VerantwoordingStatus Status, DateTimeOffset Op)
    : VerantwoordingGebeurtenisBericht(VerantwoordingId, Samenwerkingsverband, Status, Op);

public sealed record VerantwoordingBesproken(Guid VerantwoordingId, SwvCode Samenwerkingsverband, VerantwoordingStatus Status, DateTimeOffset Op)
    : VerantwoordingGebeurtenisBericht(VerantwoordingId, Samenwerkingsverband, Status, Op);
