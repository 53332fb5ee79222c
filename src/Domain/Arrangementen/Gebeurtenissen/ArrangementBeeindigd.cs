using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;

/// <summary>The arrangement ended.</summary>
public sealed record ArrangementBeeindigd(Guid ArrangementId, SwvCode Samenwerkingsverband, ArrangementStatus Status, DateTimeOffset Op)
    : ArrangementGebeurtenis(ArrangementId, Samenwerkingsverband, Status, Op);
