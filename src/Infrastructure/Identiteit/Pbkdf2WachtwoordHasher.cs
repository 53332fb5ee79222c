using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PassendOnderwijs.Application.Common.Abstractions;

namespace PassendOnderwijs.Infrastructure.Identiteit;

/// <summary>
/// PBKDF2-HMAC-SHA512 with a 16-byte random salt (OWASP Password Storage Cheat Sheet: 210 000 iterations for
/// SHA-512). Stored as "pbkdf2-sha512$iterations$salt$hash" so the work factor can be raised later.
/// </summary>
internal sealed class Pbkdf2WachtwoordHasher(int iteraties = Pbkdf2WachtwoordHasher.StandaardIteraties) : IWachtwoordHasher
{
    public const int StandaardIteraties = 210_000;
    private const string Algoritme = "pbkdf2-sha512";
    private const int ZoutBytes = 16;
    private const int HashBytes = 32;

    public string Hash(string wachtwoord)
    {
        var zout = RandomNumberGenerator.GetBytes(ZoutBytes);
        var hash = Bereken(wachtwoord, zout, iteraties);
        return string.Join('$', Algoritme, iteraties.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(zout), Convert.ToBase64String(hash));
    }

    public bool Klopt(string wachtwoord, string hash)
    {
        var delen = hash.Split('$');
        if (delen.Length != 4 || delen[0] != Algoritme || !int.TryParse(delen[1], CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            return false;
        }

        var verwacht = Convert.FromBase64String(delen[3]);
        var berekend = Bereken(wachtwoord, Convert.FromBase64String(delen[2]), n);
        return CryptographicOperations.FixedTimeEquals(verwacht, berekend);
    }

    private static byte[] Bereken(string wachtwoord, byte[] zout, int iteraties) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(wachtwoord), zout, iteraties, HashAlgorithmName.SHA512, HashBytes);
}
