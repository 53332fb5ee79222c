using System.Buffers.Text;
using System.Text.Json;

namespace PassendOnderwijs.Application.Begeleidingsaanbod;

/// <summary>
/// Where a page of the full list ends: the last aanbieder shown (ids are UUID v7, so this is registration order), and the registry's change number when the first page
/// was read. That number becomes the change feed token at the end, so a change made while a client pages through
/// is not lost: it reaches the client through the feed (perhaps twice, which a sync handles as an update).
/// </summary>
internal sealed record AanbiederCursor(Guid Na, long Vanaf)
{
    public string Maak() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Inhoud(Na, Vanaf)));

    public static AanbiederCursor? Lees(string? tekst)
    {
        if (tekst is null || tekst.Length > 200 || !Base64Url.IsValid(tekst))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Inhoud>(Base64Url.DecodeFromChars(tekst)) is { V: >= 0 } inhoud
                ? new AanbiederCursor(inhoud.N, inhoud.V)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Inhoud(Guid N, long V);
}
