using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PassendOnderwijs.Application.Common.Hervalidatie;

/// <summary>
/// The version of an answer, made from everything that fixes its content (a change number, the day, the request's
/// normalised parameters, the representation): a short hash, so it says nothing about those values and is the same
/// on every API instance.
/// </summary>
public static class Inhoudsversie
{
    /// <summary>If-None-Match: * (RFC 9110 §13.1.2): the client takes any current version as the one it holds.</summary>
    public const string Iedere = "*";

    public static string Van(params object?[] delen)
    {
        ArgumentNullException.ThrowIfNull(delen);
        var tekst = new StringBuilder();
        foreach (var deel in delen)
        {
            // A separator that no part contains keeps ("a", "bc") and ("ab", "c") apart.
            tekst.Append(Convert.ToString(deel, CultureInfo.InvariantCulture)).Append('\u001f');
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(tekst.ToString()), hash);
        return Base64Url.EncodeToString(hash[..16]);
    }

    public static bool IsBekend(this IHervalideerbaar vraag, string versie)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        return vraag.BekendeVersies.Any(v => v == Iedere || string.Equals(v, versie, StringComparison.Ordinal));
    }
}
