using System.Buffers.Text;
using System.Security.Cryptography;
using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Infrastructure.Synctokens;

/// <summary>
/// A token is base64url of: format version, kind, key number, the kind's own fields, and the first 128 bits of an
/// HMAC-SHA256 over all of that. Signed, not encrypted: what it carries (a change number, the last id of a page, the
/// selection the client chose itself) is no secret, but the client must not be able to make it up. The same content
/// always gives the same token, so a page that did not change keeps its ETag and polling stays a 304.
/// </summary>
internal sealed class HmacSynctokens(SynctokenSleutelring sleutelring) : ISynctokens
{
    private const long Formaatversie = 1;
    private const int MacLengte = 16;

    /// <summary>Far above any token this version writes (a selection with a long name stays under 250 characters).</summary>
    private const int MaximaleLengte = 1024;

    public async ValueTask<string> MaakAsync<T>(T inhoud, CancellationToken cancellationToken)
        where T : class, ISynctokenInhoud<T>
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        var sleutel = await sleutelring.OndertekenaarAsync(cancellationToken).ConfigureAwait(false);
        var schrijver = new TokenSchrijver().Geheel(Formaatversie).Geheel((byte)T.Soort).Geheel(sleutel.Id);
        inhoud.Schrijf(schrijver);

        var token = new byte[schrijver.Geschreven.Length + MacLengte];
        schrijver.Geschreven.CopyTo(token);
        Onderteken(sleutel, schrijver.Geschreven, token.AsSpan(schrijver.Geschreven.Length));
        return Base64Url.EncodeToString(token);
    }

    public async ValueTask<T?> LeesAsync<T>(string? tekst, CancellationToken cancellationToken)
        where T : class, ISynctokenInhoud<T>
    {
        if (string.IsNullOrEmpty(tekst) || tekst.Length > MaximaleLengte || !Base64Url.IsValid(tekst))
        {
            return null;
        }

        var bytes = Base64Url.DecodeFromChars(tekst);
        if (bytes.Length <= MacLengte || SleutelVan(bytes) is not { } sleutelId)
        {
            return null;
        }

        var sleutel = await sleutelring.ZoekAsync(sleutelId, cancellationToken).ConfigureAwait(false);
        return sleutel is null ? null : Ontleed<T>(bytes, sleutel);
    }

    private static int? SleutelVan(byte[] bytes)
    {
        var lezer = new TokenLezer(bytes.AsSpan(0, bytes.Length - MacLengte));
        return lezer.Geheel(out _) && lezer.Geheel(out _) && lezer.Geheel(out var id) && id <= int.MaxValue ? (int)id : null;
    }

    private static T? Ontleed<T>(byte[] bytes, SynctokenSleutel sleutel)
        where T : class, ISynctokenInhoud<T>
    {
        var inhoud = bytes.AsSpan(0, bytes.Length - MacLengte);
        Span<byte> verwacht = stackalloc byte[MacLengte];
        Onderteken(sleutel, inhoud, verwacht);
        if (!CryptographicOperations.FixedTimeEquals(verwacht, bytes.AsSpan(inhoud.Length)))
        {
            return null;
        }

        // Only now, with the signature checked, does what the token says count.
        var lezer = new TokenLezer(inhoud);
        if (!lezer.Geheel(out var versie) || versie != Formaatversie
            || !lezer.Geheel(out var soort) || soort != (byte)T.Soort
            || !lezer.Geheel(out _))
        {
            return null;
        }

        var gelezen = T.Lees(ref lezer);
        return lezer.IsUitgelezen ? gelezen : null;
    }

    private static void Onderteken(SynctokenSleutel sleutel, ReadOnlySpan<byte> inhoud, Span<byte> mac)
    {
        Span<byte> volledig = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(sleutel.Materiaal, inhoud, volledig);
        volledig[..MacLengte].CopyTo(mac);
    }
}
