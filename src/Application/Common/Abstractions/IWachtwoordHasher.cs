namespace PassendOnderwijs.Application.Common.Abstractions;

/// <summary>One-way password hashing with a per-password salt and a work factor; verification in constant time.</summary>
public interface IWachtwoordHasher
{
    string Hash(string wachtwoord);

    bool Klopt(string wachtwoord, string hash);
}
