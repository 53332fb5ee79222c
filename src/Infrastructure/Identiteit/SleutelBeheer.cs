using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace PassendOnderwijs.Infrastructure.Identiteit;

/// <summary>
/// Loads the authorization server's RSA keys from PEM files in the key folder, creating them (owner-only) on first use.
/// Every API instance shares the folder: instances that start together on an empty folder must all end up with the
/// one key that won, never each with its own (tokens of one would fail at the other).
/// </summary>
internal static class SleutelBeheer
{
    public static RsaSecurityKey LaadOfMaak(string map, string naam)
    {
        Directory.CreateDirectory(map);
        var pad = Path.Combine(map, naam + ".pem");
        if (!File.Exists(pad))
        {
            MaakAtomisch(pad);
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(pad));

        // A stable key id derived from the public key, so clients can cache the JWKS across restarts.
        var kid = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16];
        return new RsaSecurityKey(rsa) { KeyId = kid };
    }

    /// <summary>
    /// Writes a new key to a file of its own and moves it into place without overwriting: a reader never sees half a
    /// key, and when another instance got there first, its key stays and this one is thrown away.
    /// </summary>
    private static void MaakAtomisch(string pad)
    {
        using var rsa = RSA.Create(3072);
        var tijdelijk = $"{pad}.{Guid.NewGuid():N}.nieuw";
        var opties = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            opties.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var bestand = new StreamWriter(tijdelijk, opties))
        {
            bestand.Write(rsa.ExportRSAPrivateKeyPem());
        }

        try
        {
            File.Move(tijdelijk, pad, overwrite: false);
        }
        catch (IOException) when (File.Exists(pad))
        {
            File.Delete(tijdelijk);
        }
    }
}
