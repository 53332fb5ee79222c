using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PassendOnderwijs.Api.Http;

/// <summary>
/// Newline-delimited JSON (one JSON object per line): a list's second representation for a bulk copy in one request.
/// The lines are written as they are read, in blocks of about 64 KB, and flushed every <see cref="FlushNa"/> lines,
/// so the client (and a compressing stream) gets data steadily and the server never holds the whole list. A failure
/// half-way aborts the response: the last line (<paramref name="einde"/>) is then missing, and the client knows.
/// </summary>
internal static class Ndjson
{
    public const string Mediatype = "application/x-ndjson";

    private const int Blok = 64 * 1024;
    private const int FlushNa = 1000;

    /// <summary>Whether the client names ndjson and prefers it to JSON; */* or no Accept gets JSON.</summary>
    public static bool IsGevraagd(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var gevraagd = request.GetTypedHeaders().Accept;
        double Voorkeur(string type) => gevraagd
            .Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var ndjson = Voorkeur(Mediatype);
        return ndjson > 0 && ndjson >= Voorkeur("application/json");
    }

    /// <param name="einde">The last line, from the number of lines before it.</param>
    public static PushStreamHttpResult Stroom<T, TEinde>(IAsyncEnumerable<T> regels, Func<long, TEinde> einde, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var opties = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        return TypedResults.Stream(s => SchrijfAsync(regels, einde, opties, s, http.RequestAborted), Mediatype + "; charset=utf-8");
    }

    private static async Task SchrijfAsync<T, TEinde>(
        IAsyncEnumerable<T> regels, Func<long, TEinde> einde, JsonSerializerOptions opties, Stream doel, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(Blok + 8192);
        var json = new Utf8JsonWriter(buffer);
        await using (json.ConfigureAwait(false))
        {
            long aantal = 0;
            await foreach (var regel in regels.WithCancellation(ct).ConfigureAwait(false))
            {
                Regel(json, buffer, regel, opties);
                aantal++;
                if (buffer.WrittenCount >= Blok || aantal % FlushNa == 0)
                {
                    await doel.WriteAsync(buffer.WrittenMemory, ct).ConfigureAwait(false);
                    buffer.ResetWrittenCount();
                    if (aantal % FlushNa == 0)
                    {
                        await doel.FlushAsync(ct).ConfigureAwait(false);
                    }
                }
            }

            Regel(json, buffer, einde(aantal), opties);
            await doel.WriteAsync(buffer.WrittenMemory, ct).ConfigureAwait(false);
            await doel.FlushAsync(ct).ConfigureAwait(false);
        }
    }

    private static void Regel<T>(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, T waarde, JsonSerializerOptions opties)
    {
        JsonSerializer.Serialize(json, waarde, opties);
        json.Flush();
        buffer.Write("\n"u8);
        json.Reset(buffer);
    }
}

/// <summary>
/// Endpoint metadata: besides JSON, the list is sent as <see cref="Ndjson.Mediatype"/> when Accept asks for it: one
/// <paramref name="Regel"/> per line, then one <paramref name="Einde"/>. The contract declares it as a second
/// representation of the 200, and <see cref="MediatypeMiddleware"/> serves a client that accepts only this type.
/// </summary>
internal sealed record NdjsonWeergave(Type Regel, Type Einde);
