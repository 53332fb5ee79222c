namespace PassendOnderwijs.Api.OpenApi;

/// <summary>
/// Endpoint metadata: the body is a file in one of these media types, not JSON. The contract declares it as binary
/// content of each type (<see cref="ContractOperationFilter"/>); the handler reads the body itself.
/// </summary>
internal sealed record Bestandsinhoud(IReadOnlyList<string> Mediatypen);
