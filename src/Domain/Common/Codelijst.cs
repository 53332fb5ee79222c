namespace PassendOnderwijs.Domain.Common;

/// <summary>
/// The stable codes of an enumeration as they appear in the API and the store (e.g. "in-behandeling"), kept next to
/// the enum so that renaming a C# member never changes the contract, and the Dutch label people read for each code
/// (e.g. "In behandeling"), the same words the SPA shows, so a message names a choice the way the screen does.
/// </summary>
public sealed class Codelijst<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, string> _codes;
    private readonly Dictionary<string, T> _waarden;
    private readonly Dictionary<T, string>? _labels;

    /// <summary>Codes only; messages then name the codes. Every list of the API gives labels (a test checks that).</summary>
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

    /// <summary>
    /// Codes with their labels. <paramref name="naam"/> is what one value of the list is called in a sentence
    /// ("soort arrangement"), as in "Kies een soort arrangement uit de lijst: …".
    /// </summary>
    public Codelijst(string naam, IReadOnlyDictionary<T, (string Code, string Label)> waarden)
        : this(waarden?.ToDictionary(w => w.Key, w => w.Value.Code) ?? throw new ArgumentNullException(nameof(waarden)))
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(naam);
        Naam = naam;
        _labels = waarden.ToDictionary(w => w.Key, w => w.Value.Label);
    }

    /// <summary>What one value of the list is called in a sentence, e.g. "soort arrangement"; null for a list without labels.</summary>
    public string? Naam { get; }

    public IReadOnlyCollection<string> Alle => _waarden.Keys;

    /// <summary>Every code with its label, in the order of the enum; empty for a list without labels.</summary>
    public IReadOnlyDictionary<string, string> Labels =>
        _labels is null ? new Dictionary<string, string>() : Enum.GetValues<T>().ToDictionary(w => _codes[w], w => _labels[w], StringComparer.Ordinal);

    public string Code(T waarde) => _codes[waarde];

    /// <summary>The label people read, e.g. "In behandeling"; the code for a list without labels.</summary>
    public string Label(T waarde) => _labels?[waarde] ?? _codes[waarde];

    /// <summary>The label of a code as it stands in a DTO; a code the list does not know is shown as it is, not left out.</summary>
    public string LabelVan(string code) => Zoek(code) is { } waarde ? Label(waarde) : code;

    /// <summary>The label inside a sentence: "in behandeling", "inzet van een expert"; an abbreviation keeps its capitals ("BAO").</summary>
    public string LabelInZin(T waarde) => InZin(Label(waarde));

    public T? Zoek(string? code) => code is not null && _waarden.TryGetValue(code, out var waarde) ? waarde : null;

    /// <summary>
    /// The value of <paramref name="code"/>, or a problem with the stable code "ongeldige-<paramref name="omschrijving"/>"
    /// for machines and a sentence with the labels of the list for people.
    /// </summary>
    public Result<T> Lees(string? code, string veld, string omschrijving) =>
        Zoek(code) is { } waarde ? waarde : Fout.Ongeldig($"ongeldige-{omschrijving}", KiesUitDeLijst(Enum.GetValues<T>(), Naam ?? omschrijving), veld);

    /// <summary>"Kies een soort arrangement uit de lijst: onderwijsarrangement, middelen of inzet van een expert."</summary>
    public string KiesUitDeLijst() => KiesUitDeLijst(Enum.GetValues<T>());

    /// <summary>The same sentence for the values a request may choose here, e.g. only the roles of a samenwerkingsverband.</summary>
    public string KiesUitDeLijst(IEnumerable<T> keuzes) =>
        KiesUitDeLijst(keuzes, Naam ?? throw new InvalidOperationException($"The code list of {typeof(T).Name} has no labels."));

    private string KiesUitDeLijst(IEnumerable<T> keuzes, string naam) =>
        $"Kies een {naam} uit de lijst: {Opsomming.Of([.. keuzes.Select(LabelInZin)])}.";

    /// <summary>A label inside a sentence starts in lower case ("Inzet van een expert" → "inzet van een expert"), an abbreviation stays ("BAO").</summary>
    private static string InZin(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
}
