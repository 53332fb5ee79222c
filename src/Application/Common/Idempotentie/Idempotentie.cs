using System.Security.Cryptography;
using System.Text.Json;

namespace PassendOnderwijs.Application.Common.Idempotentie;

public static class Idempotentie
{
    public static bool IsGeldigeSleutel(string? sleutel) =>
        sleutel is { Length: > 0 and <= Idempotentiesleutel.MaximaleLengte } && sleutel.All(c => c is >= '!' and <= '~');

    /// <summary>A hash of the request as the use case received it, so "the same key with another body" can be recognised.</summary>
    public static string Vingerafdruk<T>(T verzoek) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(verzoek)));
}
