using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;

/// <summary>The SWV took the request into review.</summary>
public sealed record ArrangementInBehandelingGenomen(Guid ArrangementId, SwvCode Samenwerkingsverband, ArrangementStatus Status, DateTimeOffset Op)
    : ArrangementGebeurtenis(ArrangementId, Samenwerkingsverband, Status, Op);
