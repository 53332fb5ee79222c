using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Documenten;

/// <summary>The school shared a document with the pupil's ouders: they see it in the portal from now on.</summary>
public sealed record DocumentGedeeldMetOuders(Guid DocumentId, SwvCode Samenwerkingsverband, Guid LeerlingId, DateTimeOffset Op) : IDomainEvent;

/// <summary>The school stopped sharing a document with the pupil's ouders.</summary>
public sealed record DocumentNietMeerGedeeldMetOuders(Guid DocumentId, SwvCode Samenwerkingsverband, Guid LeerlingId, DateTimeOffset Op) : IDomainEvent;
