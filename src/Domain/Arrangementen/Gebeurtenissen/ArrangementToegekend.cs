using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;

/// <summary>The SWV granted the request.</summary>
public sealed record ArrangementToegekend(Guid ArrangementId, SwvCode Samenwerkingsverband, ArrangementStatus Status, DateTimeOffset Op)
    : ArrangementGebeurtenis(ArrangementId, Samenwerkingsverband, Status, Op);
