using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;

/// <summary>The SWV asked the school for information; the status stays in behandeling.</summary>
public sealed record ArrangementInformatieGevraagd(Guid ArrangementId, SwvCode Samenwerkingsverband, ArrangementStatus Status, DateTimeOffset Op)
    : ArrangementGebeurtenis(ArrangementId, Samenwerkingsverband, Status, Op);
