using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Ouders;

/// <summary>An ouder's account was linked to a pupil: from now on they see that child in the portal.</summary>
public sealed record OuderGekoppeld(Guid VertegenwoordigingId, SwvCode Samenwerkingsverband, Guid LeerlingId, Guid OuderId, DateTimeOffset Op) : IDomainEvent;

/// <summary>An ouder's link to a pupil ended: from now on they no longer see that child.</summary>
public sealed record OuderOntkoppeld(Guid VertegenwoordigingId, SwvCode Samenwerkingsverband, Guid LeerlingId, Guid OuderId, DateTimeOffset Op) : IDomainEvent;

/// <summary>
/// A consent about a pupil changed. Thin like every event that may leave the system: ids and when, no names, no
/// recipient and no purpose.
/// </summary>
public abstract record ToestemmingGebeurtenis(Guid ToestemmingId, SwvCode Samenwerkingsverband, Guid LeerlingId, DateTimeOffset Op) : IDomainEvent;

/// <summary>Consent was given (or recorded from paper): from now on its recipient may see the child.</summary>
public sealed record ToestemmingGegeven(Guid ToestemmingId, SwvCode Samenwerkingsverband, Guid LeerlingId, DateTimeOffset Op)
    : ToestemmingGebeurtenis(ToestemmingId, Samenwerkingsverband, LeerlingId, Op);

/// <summary>Consent was withdrawn: from now on its recipient no longer sees the child on it.</summary>
public sealed record ToestemmingIngetrokken(Guid ToestemmingId, SwvCode Samenwerkingsverband, Guid LeerlingId, DateTimeOffset Op)
    : ToestemmingGebeurtenis(ToestemmingId, Samenwerkingsverband, LeerlingId, Op);
