using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen.Gebeurtenissen;

/// <summary>
/// A step in an OPP's lifecycle, as others may learn of it. Thin like the other aggregates' events: ids, the version number,
/// the status it led to and when; no pupil names and no content, because events may leave the system.
/// </summary>
public abstract record OppGebeurtenisBericht(Guid OppId, SwvCode Samenwerkingsverband, int Versienummer, OppStatus Status, DateTimeOffset Op) : IDomainEvent;

public sealed record OppConceptGemaakt(Guid OppId, SwvCode Samenwerkingsverband, int Versienummer, OppStatus Status, DateTimeOffset Op)
    : OppGebeurtenisBericht(OppId, Samenwerkingsverband, Versienummer, Status, Op);

public sealed record OppBijgewerkt(Guid OppId, SwvCode Samenwerkingsverband, int Versienummer, OppStatus Status, DateTimeOffset Op)
    : OppGebeurtenisBericht(OppId, Samenwerkingsverband, Versienummer, Status, Op);

public sealed record OppOverlegGevoerd(Guid OppId, SwvCode Samenwerkingsverband, int Versienummer, OppStatus Status, DateTimeOffset Op)
    : OppGebeurtenisBericht(OppId, Samenwerkingsverband, Versienummer, Status, Op);

public sealed record OppHoorrechtVastgelegd(Guid OppId, SwvCode Samenwerkingsverband, int Versienummer, OppStatus Status, DateTimeOffset Op)
    : OppGebeurtenisBericht(OppId, Samenwerkingsverband, Versienummer, Status, Op);

/// <summary>The school shared the concept with the ouders for the overleg: they can read it in the portal now.</summary>
public sealed record OppConceptGedeeld(Guid OppId, SwvCode Samenwerkingsverband, int Versienummer, OppStatus Status, DateTimeOffset Op)
    : OppGebeurtenisBericht(OppId, Samenwerkingsverband, Versienummer, Status, Op);

/// <summary>An ouder gave their view on what their child needs in the portal ("Hoe denk jij erover?").</summary>
public sealed record OppVisieVanOudersGegeven(Guid OppId, SwvCode Samenwerkingsverband, int Versienummer, OppStatus Status, DateTimeOffset Op)
    : OppGebeurtenisBericht(OppId, Samenwerkingsverband, Versienummer, Status, Op);

/// <summary>The school stopped sharing the concept: the ouders no longer read it in the portal.</summary>
public sealed record OppDelenGestopt(Guid OppId, SwvCode Samenwerkingsverband, int Versienummer, OppStatus Status, DateTimeOffset Op)
    : OppGebeurtenisBericht(OppId, Samenwerkingsverband, Versienummer, Status, Op);

public sealed record OppInstemmingGegeven(Guid OppId, SwvCode Samenwerkingsverband, int Versienummer, OppStatus Status, DateTimeOffset Op)
    : OppGebeurtenisBericht(OppId, Samenwerkingsverband, Versienummer, Status, Op);

public sealed record OppInstemmingGeweigerd(Guid OppId, SwvCode Samenwerkingsverband, int Versienummer, OppStatus Status, DateTimeOffset Op)
    : OppGebeurtenisBericht(OppId, Samenwerkingsverband, Versienummer, Status, Op);

public sealed record OppVastgesteld(Guid OppId, SwvCode Samenwerkingsverband, int Versienummer, OppStatus Status, DateTimeOffset Op)
    : OppGebeurtenisBericht(OppId, Samenwerkingsverband, Versienummer, Status, Op);

public sealed record OppHerzieningGestart(Guid OppId, SwvCode Samenwerkingsverband, int Versienummer, OppStatus Status, DateTimeOffset Op)
    : OppGebeurtenisBericht(OppId, Samenwerkingsverband, Versienummer, Status, Op);

public sealed record OppGeevalueerd(Guid OppId, SwvCode Samenwerkingsverband, int Versienummer, OppStatus Status, DateTimeOffset Op)
    : OppGebeurtenisBericht(OppId, Samenwerkingsverband, Versienummer, Status, Op);

public sealed record OppRodRegistratieBevestigd(Guid OppId, SwvCode Samenwerkingsverband, int Versienummer, OppStatus Status, DateTimeOffset Op)
    : OppGebeurtenisBericht(OppId, Samenwerkingsverband, Versienummer, Status, Op);

public sealed record OppAfgesloten(Guid OppId, SwvCode Samenwerkingsverband, int Versienummer, OppStatus Status, DateTimeOffset Op)
    : OppGebeurtenisBericht(OppId, Samenwerkingsverband, Versienummer, Status, Op);
