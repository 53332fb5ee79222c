using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace PassendOnderwijs.Infrastructure.Identiteit;

/// <summary>Loads the authorization server's RSA keys from PEM files, creating them (owner-only) on first use.</summary>
internal static class SleutelBeheer
{
    public static RsaSecurityKey LaadOfMaak(string map, string naam)
    {
        Directory.CreateDirectory(map);
        var pad = Path.Combine(map, naam + ".pem");
        var rsa = RSA.Create();
        if (File.Exists(pad))
        {
            rsa.ImportFromPem(File.ReadAllText(pad));
        }
        else
        {
            rsa.KeySize = 3072;
            var opties = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                opties.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var bestand = new StreamWriter(pad, opties);
            bestand.Write(rsa.ExportRSAPrivateKeyPem());
        }

        // A stable key id derived from the public key, so clients can cache the JWKS across restarts.
        var kid = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16];
        return new RsaSecurityKey(rsa) { KeyId = kid };
    }
}
