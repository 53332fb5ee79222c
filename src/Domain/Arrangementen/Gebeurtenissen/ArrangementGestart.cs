using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;

/// <summary>The granted arrangement started.</summary>
public sealed record ArrangementGestart(Guid ArrangementId, SwvCode Samenwerkingsverband, ArrangementStatus Status, DateTimeOffset Op)
    : ArrangementGebeurtenis(ArrangementId, Samenwerkingsverband, Status, Op);
