using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Ouders;

/// <summary>An ouder's account was linked to a pupil: from now on they see that child in the portal.</summary>
public sealed record OuderGekoppeld(Guid VertegenwoordigingId, SwvCode Samenwerkingsverband, Guid LeerlingId, Guid OuderId, DateTimeOffset Op) : IDomainEvent;

/// <summary>An ouder's link to a pupil ended: from now on they no longer see that child.</summary>
public sealed record OuderOntkoppeld(Guid VertegenwoordigingId, SwvCode Samenwerkingsverband, Guid LeerlingId, Guid OuderId, DateTimeOffset Op) : IDomainEvent;
