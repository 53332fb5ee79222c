namespace PassendOnderwijs.Api.Http;

/// <summary>Endpoint metadata: this creation honours an Idempotency-Key header (documented in the contract).</summary>
internal sealed record IdempotentieOndersteund;
