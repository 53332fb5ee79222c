using Microsoft.Net.Http.Headers;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>
/// Endpoint metadata: the body is a file in one of these media types, not JSON. The contract declares it as binary
/// content of each type (<see cref="ContractOperationFilter"/>); the handler reads the body itself. With a
/// <paramref name="MaximumBytes"/> the handler answers a larger body with 413, and the contract declares it.
/// </summary>
internal sealed record Bestandsinhoud(IReadOnlyList<string> Mediatypen, long? MaximumBytes = null, bool IsTekst = false)
{
    /// <summary>Whether a request's Content-Type is one of the declared types (parameters such as charset aside).</summary>
    public bool Aanvaardt(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && Mediatypen.Any(m => type.MediaType.Equals(m, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Endpoint metadata: the successful answer is a file in one of these media types, not JSON. Only a client that
/// accepts one of them is served (<c>MediatypeMiddleware</c>); the contract declares the 200 as binary content of each
/// type (<see cref="ContractOperationFilter"/>).
/// </summary>
internal sealed record Bestandsantwoord(IReadOnlyList<string> Mediatypen);
