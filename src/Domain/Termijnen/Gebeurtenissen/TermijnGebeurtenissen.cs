using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Termijnen.Gebeurtenissen;

/// <summary>
/// A term came close, passed, or was met. Thin like every event that may leave the system: which term of which case,
/// its last day and when; no pupil data. <see cref="Vestiging"/> (its code) is the school the case is about, so a koppeling only
/// learns of its own schools' terms.
/// </summary>
public abstract record TermijnGebeurtenis(
    Guid TermijnId,
    SwvCode Samenwerkingsverband,
    string Vestiging,
    Termijnsoort Soort,
    Zaaksoort Zaak,
    Guid ZaakId,
    DateOnly Uiterlijk,
    DateTimeOffset Op) : IDomainEvent;

/// <summary>The term's signal day came: it ends within the time its row in <see cref="Termijnentabel"/> warns ahead.</summary>
public sealed record TermijnNadert(
    Guid TermijnId, SwvCode Samenwerkingsverband, string Vestiging, Termijnsoort Soort, Zaaksoort Zaak, Guid ZaakId, DateOnly Uiterlijk, DateTimeOffset Op)
    : TermijnGebeurtenis(TermijnId, Samenwerkingsverband, Vestiging, Soort, Zaak, ZaakId, Uiterlijk, Op);

/// <summary>The last day passed while the term was still open.</summary>
public sealed record TermijnVerlopen(
    Guid TermijnId, SwvCode Samenwerkingsverband, string Vestiging, Termijnsoort Soort, Zaaksoort Zaak, Guid ZaakId, DateOnly Uiterlijk, DateTimeOffset Op)
    : TermijnGebeurtenis(TermijnId, Samenwerkingsverband, Vestiging, Soort, Zaak, ZaakId, Uiterlijk, Op);

/// <summary>What the term waited for happened (or the case ended); <see cref="OpTijd"/> says whether that was by the last day.</summary>
public sealed record TermijnGehaald(
    Guid TermijnId, SwvCode Samenwerkingsverband, string Vestiging, Termijnsoort Soort, Zaaksoort Zaak, Guid ZaakId, DateOnly Uiterlijk, bool OpTijd, DateTimeOffset Op)
    : TermijnGebeurtenis(TermijnId, Samenwerkingsverband, Vestiging, Soort, Zaak, ZaakId, Uiterlijk, Op);
