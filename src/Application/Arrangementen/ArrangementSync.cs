using System.Buffers.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;

namespace PassendOnderwijs.Application.Arrangementen;

/// <summary>
/// Where a page of the arrangementen list ends (the last id; UUID v7, so creation order) and the change number
/// read before the first page, which becomes the change feed token at the end: a change made while a client pages
/// through reaches it through the feed.
/// </summary>
internal sealed record ArrangementCursor(Guid Na, long Vanaf)
{
    public string Maak() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Inhoud(Na, Vanaf)));

    public static ArrangementCursor? Lees(string? tekst) =>
        ArrangementSync.Lees<Inhoud>(tekst, 200) is { V: >= 0 } inhoud ? new ArrangementCursor(inhoud.N, inhoud.V) : null;

    private sealed record Inhoud(Guid N, long V);
}

/// <summary>
/// The change feed's token: the highest change number the client has seen. Arrangementen are never deleted (an
/// ended one keeps status "beeindigd"), so there are no tombstones to expire and a token stays valid.
/// </summary>
internal sealed record ArrangementToken(long Vanaf)
{
    public string Maak() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Inhoud(Vanaf)));

    public static ArrangementToken? Lees(string? tekst) =>
        ArrangementSync.Lees<Inhoud>(tekst, 100) is { A: >= 0 } inhoud ? new ArrangementToken(inhoud.A) : null;

    // "a" marks an arrangementen token, so an aanbieders token is refused rather than misread.
    private sealed record Inhoud(long A);
}

internal static class ArrangementSync
{
    public const int StandaardPageSize = 25;
    public const int MaximalePageSize = 100;

    private static readonly JsonSerializerOptions Strikt = new()
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
    };

    public static T? Lees<T>(string? tekst, int maximaleLengte)
        where T : class
    {
        if (tekst is null || tekst.Length > maximaleLengte || !Base64Url.IsValid(tekst))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(Base64Url.DecodeFromChars(tekst), Strikt);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The highest change number committed so far among what the caller may see. The store numbers changes in commit
    /// order (see the aanbieders' Wijzigingsvolgorde), so anything committed after this read gets a higher number and
    /// reaches the caller through the feed; other tenants' numbers are not the caller's business.
    /// </summary>
    public static async Task<long> HoogsteArrangementVersieAsync(this IApplicationDbContext db, CancellationToken ct) =>
        await db.Arrangementen.MaxAsync(a => (long?)a.Versie, ct).ConfigureAwait(false) ?? 0;
}
