namespace PassendOnderwijs.Domain.Common;

/// <summary>
/// The stable codes of an enumeration as they appear in the API and the store (e.g. "in-behandeling"), kept next to
/// the enum so that renaming a C# member never changes the contract.
/// </summary>
public sealed class Codelijst<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, string> _codes;
    private readonly Dictionary<string, T> _waarden;

    public Codelijst(IReadOnlyDictionary<T, string> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Count != Enum.GetValues<T>().Length)
        {
            throw new ArgumentException($"Every member of {typeof(T).Name} needs a code.", nameof(codes));
        }

        _codes = new Dictionary<T, string>(codes);
        _waarden = codes.ToDictionary(c => c.Value, c => c.Key, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Alle => _waarden.Keys;

    public string Code(T waarde) => _codes[waarde];

    public T? Zoek(string? code) => code is not null && _waarden.TryGetValue(code, out var waarde) ? waarde : null;

    public Result<T> Lees(string? code, string veld, string omschrijving) =>
        Zoek(code) is { } waarde
            ? waarde
            : Fout.Ongeldig($"ongeldige-{omschrijving}", $"Kies een {omschrijving}: {string.Join(", ", _codes.Values)}.", veld);
}
