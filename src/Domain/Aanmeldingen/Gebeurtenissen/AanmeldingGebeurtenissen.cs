using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Aanmeldingen.Gebeurtenissen;

/// <summary>
/// A step in an aanmelding's lifecycle, as others may learn of it. Thin like the other aggregates' events: ids, the
/// status it led to and when; no pupil names and no free text, because events may leave the system.
/// </summary>
public abstract record AanmeldingGebeurtenisBericht(Guid AanmeldingId, SwvCode Samenwerkingsverband, AanmeldingStatus Status, DateTimeOffset Op) : IDomainEvent;

public sealed record AanmeldingOntvangen(Guid AanmeldingId, SwvCode Samenwerkingsverband, AanmeldingStatus Status, DateTimeOffset Op)
    : AanmeldingGebeurtenisBericht(AanmeldingId, Samenwerkingsverband, Status, Op);

public sealed record AanmeldingVerlengd(Guid AanmeldingId, SwvCode Samenwerkingsverband, AanmeldingStatus Status, DateTimeOffset Op)
    : AanmeldingGebeurtenisBericht(AanmeldingId, Samenwerkingsverband, Status, Op);

public sealed record AanmeldingBesloten(Guid AanmeldingId, SwvCode Samenwerkingsverband, AanmeldingStatus Status, DateTimeOffset Op)
    : AanmeldingGebeurtenisBericht(AanmeldingId, Samenwerkingsverband, Status, Op);

public sealed record AanmeldingIngetrokken(Guid AanmeldingId, SwvCode Samenwerkingsverband, AanmeldingStatus Status, DateTimeOffset Op)
    : AanmeldingGebeurtenisBericht(AanmeldingId, Samenwerkingsverband, Status, Op);
