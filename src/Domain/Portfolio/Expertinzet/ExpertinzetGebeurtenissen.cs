using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Portfolio.Expertinzet;

/// <summary>
/// A step in an expert inzet, as others may learn of it. Thin like every event that may leave the system: ids, the
/// phase it led to and when; no pupil names and no free text. A consumer that needs more reads the inzet itself.
/// </summary>
public abstract record ExpertinzetGebeurtenis(Guid ExpertinzetId, SwvCode Samenwerkingsverband, ExpertinzetStatus Status, DateTimeOffset Op) : IDomainEvent;

/// <summary>The school started an inzet for a pupil from a casus of its lokaal netwerk.</summary>
public sealed record ExpertinzetAangemaakt(Guid ExpertinzetId, SwvCode Samenwerkingsverband, ExpertinzetStatus Status, DateTimeOffset Op)
    : ExpertinzetGebeurtenis(ExpertinzetId, Samenwerkingsverband, Status, Op);

/// <summary>The procesbegeleider linked an expert (<paramref name="ExpertId"/>: their account).</summary>
public sealed record ExpertinzetExpertGekoppeld(Guid ExpertinzetId, SwvCode Samenwerkingsverband, ExpertinzetStatus Status, DateTimeOffset Op, Guid ExpertId)
    : ExpertinzetGebeurtenis(ExpertinzetId, Samenwerkingsverband, Status, Op);

/// <summary>The procesbegeleider unlinked the expert; the inzet waits for another.</summary>
public sealed record ExpertinzetExpertOntkoppeld(Guid ExpertinzetId, SwvCode Samenwerkingsverband, ExpertinzetStatus Status, DateTimeOffset Op)
    : ExpertinzetGebeurtenis(ExpertinzetId, Samenwerkingsverband, Status, Op);

/// <summary>The inzet moved to the next phase of the HGW cycle (<see cref="ExpertinzetGebeurtenis.Status"/>).</summary>
public sealed record ExpertinzetFaseGewijzigd(Guid ExpertinzetId, SwvCode Samenwerkingsverband, ExpertinzetStatus Status, DateTimeOffset Op)
    : ExpertinzetGebeurtenis(ExpertinzetId, Samenwerkingsverband, Status, Op);

/// <summary>The expert shared the summary of begrijpen.</summary>
public sealed record ExpertinzetSamenvattingGedeeld(Guid ExpertinzetId, SwvCode Samenwerkingsverband, ExpertinzetStatus Status, DateTimeOffset Op)
    : ExpertinzetGebeurtenis(ExpertinzetId, Samenwerkingsverband, Status, Op);

/// <summary>The plan van aanpak was laid down or adjusted.</summary>
public sealed record ExpertinzetPlanVastgelegd(Guid ExpertinzetId, SwvCode Samenwerkingsverband, ExpertinzetStatus Status, DateTimeOffset Op)
    : ExpertinzetGebeurtenis(ExpertinzetId, Samenwerkingsverband, Status, Op);

/// <summary>A note was added to the current phase.</summary>
public sealed record ExpertinzetNotitieToegevoegd(Guid ExpertinzetId, SwvCode Samenwerkingsverband, ExpertinzetStatus Status, DateTimeOffset Op)
    : ExpertinzetGebeurtenis(ExpertinzetId, Samenwerkingsverband, Status, Op);

/// <summary>The expert registered hours.</summary>
public sealed record ExpertinzetUrenGeregistreerd(Guid ExpertinzetId, SwvCode Samenwerkingsverband, ExpertinzetStatus Status, DateTimeOffset Op)
    : ExpertinzetGebeurtenis(ExpertinzetId, Samenwerkingsverband, Status, Op);

/// <summary>The expert withdrew a registration of hours.</summary>
public sealed record ExpertinzetUrenIngetrokken(Guid ExpertinzetId, SwvCode Samenwerkingsverband, ExpertinzetStatus Status, DateTimeOffset Op)
    : ExpertinzetGebeurtenis(ExpertinzetId, Samenwerkingsverband, Status, Op);

/// <summary>
/// The inzet closed with <paramref name="Resultaat"/>. The tevredenheidsonderzoek for the school follows this event;
/// <paramref name="ExpertId"/> and <paramref name="Vestiging"/> say whom it is about and whom it goes to.
/// </summary>
public sealed record ExpertinzetAfgesloten(
    Guid ExpertinzetId, SwvCode Samenwerkingsverband, ExpertinzetStatus Status, DateTimeOffset Op, Inzetresultaat Resultaat, Guid? ExpertId, string Vestiging, Expertisegebied Expertisegebied)
    : ExpertinzetGebeurtenis(ExpertinzetId, Samenwerkingsverband, Status, Op);
