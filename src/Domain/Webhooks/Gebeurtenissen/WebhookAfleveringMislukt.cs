using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Webhooks.Gebeurtenissen;

/// <summary>A webhook delivery of this abonnement was given up after its retries (24 hours); for the SWV's beheerders.</summary>
public sealed record WebhookAfleveringMislukt(Guid AbonnementId, SwvCode Samenwerkingsverband, string ClientId, DateTimeOffset Op) : IDomainEvent;
