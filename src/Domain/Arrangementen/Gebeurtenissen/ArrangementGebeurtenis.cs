using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;

/// <summary>
/// A step in an arrangement's lifecycle, as others may learn of it. Deliberately thin: ids, the status it led to and
/// when; no pupil names and no free text, because events may leave the system (webhooks) and are kept in the outbox.
/// A consumer that needs more reads the arrangement itself.
/// </summary>
public abstract record ArrangementGebeurtenis(Guid ArrangementId, SwvCode Samenwerkingsverband, ArrangementStatus Status, DateTimeOffset Op)
    : IDomainEvent;
