using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen.Gebeurtenissen;

/// <summary>
/// A step in a TLV's lifecycle, as others may learn of it. Thin like the arrangement's events: ids, the status it led
/// to and when; no pupil names and no free text, because events may leave the system and are kept in the outbox.
/// </summary>
public abstract record TlvGebeurtenisBericht(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op) : IDomainEvent;

public sealed record TlvAangevraagd(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op)
    : TlvGebeurtenisBericht(TlvId, Samenwerkingsverband, Status, Op);

public sealed record TlvAdviseurAangewezen(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op)
    : TlvGebeurtenisBericht(TlvId, Samenwerkingsverband, Status, Op);

public sealed record TlvAdviesUitgebracht(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op)
    : TlvGebeurtenisBericht(TlvId, Samenwerkingsverband, Status, Op);

public sealed record TlvBesloten(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op)
    : TlvGebeurtenisBericht(TlvId, Samenwerkingsverband, Status, Op);

public sealed record TlvBekendgemaakt(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op)
    : TlvGebeurtenisBericht(TlvId, Samenwerkingsverband, Status, Op);

public sealed record TlvIngetrokken(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op)
    : TlvGebeurtenisBericht(TlvId, Samenwerkingsverband, Status, Op);

public sealed record TlvBezwaarOntvangen(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op)
    : TlvGebeurtenisBericht(TlvId, Samenwerkingsverband, Status, Op);

public sealed record TlvTermijnoverschrijdingVerschoond(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op)
    : TlvGebeurtenisBericht(TlvId, Samenwerkingsverband, Status, Op);

public sealed record TlvBezwaarNietOntvankelijk(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op)
    : TlvGebeurtenisBericht(TlvId, Samenwerkingsverband, Status, Op);

public sealed record TlvLbtAdviesGevraagd(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op)
    : TlvGebeurtenisBericht(TlvId, Samenwerkingsverband, Status, Op);

public sealed record TlvHoorzittingGehouden(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op)
    : TlvGebeurtenisBericht(TlvId, Samenwerkingsverband, Status, Op);

public sealed record TlvLbtAdviesOntvangen(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op)
    : TlvGebeurtenisBericht(TlvId, Samenwerkingsverband, Status, Op);

public sealed record TlvBeslistermijnVerdaagd(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op)
    : TlvGebeurtenisBericht(TlvId, Samenwerkingsverband, Status, Op);

public sealed record TlvBeslistOpBezwaar(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op)
    : TlvGebeurtenisBericht(TlvId, Samenwerkingsverband, Status, Op);

public sealed record TlvInschrijvingBevestigd(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op)
    : TlvGebeurtenisBericht(TlvId, Samenwerkingsverband, Status, Op);

public sealed record TlvHerindicatieGestart(Guid TlvId, SwvCode Samenwerkingsverband, TlvStatus Status, DateTimeOffset Op)
    : TlvGebeurtenisBericht(TlvId, Samenwerkingsverband, Status, Op);
