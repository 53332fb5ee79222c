using System.Text.RegularExpressions;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Begeleidingsaanbod;

/// <summary>
/// Where aanbod is available: samenwerkingsverbanden and/or four-digit postcode areas. Empty means the whole
/// country (cluster 1 and 2 ambulante diensten often work nationally).
/// </summary>
public sealed partial record Werkgebied
{
    public const int MaximumGebieden = 500;

    /// <summary>A four-digit postcode area's form, for the contract; the domain matches the same with \z.</summary>
    public const string PostcodegebiedPatroon = "^" + Postcodevorm + "$";

    /// <summary>The form without anchors, to combine with other forms.</summary>
    public const string Postcodevorm = "[1-9][0-9]{3}";

    private Werkgebied(IReadOnlyList<string> samenwerkingsverbanden, IReadOnlyList<string> postcodegebieden)
    {
        Samenwerkingsverbanden = samenwerkingsverbanden;
        Postcodegebieden = postcodegebieden;
    }

    public IReadOnlyList<string> Samenwerkingsverbanden { get; }

    public IReadOnlyList<string> Postcodegebieden { get; }

    public bool IsLandelijk => Samenwerkingsverbanden.Count == 0 && Postcodegebieden.Count == 0;

    public static Werkgebied Landelijk { get; } = new([], []);

    public static Result<Werkgebied> Van(IReadOnlyList<string>? samenwerkingsverbanden, IReadOnlyList<string>? postcodegebieden, string veld = "werkgebied")
    {
        var swvs = samenwerkingsverbanden ?? [];
        var postcodes = postcodegebieden ?? [];
        var fouten = swvs.Select((s, i) => SwvCode.Parse(s, $"{veld}.samenwerkingsverbanden[{i}]")).SelectMany(r => r.Fouten).ToList();
        fouten.AddRange(postcodes
            .Select((p, i) => (p, i))
            .Where(x => x.p is null || !Postcode4().IsMatch(x.p))
            .Select(x => Fout.Ongeldig("ongeldig-postcodegebied", "Een postcodegebied is vier cijfers, zoals 3811.", $"{veld}.postcodegebieden[{x.i}]")));
        if (swvs.Count + postcodes.Count > MaximumGebieden)
        {
            fouten.Add(Fout.Ongeldig("te-groot-werkgebied", $"Een werkgebied heeft hoogstens {MaximumGebieden} gebieden.", veld));
        }

        return fouten.Count > 0
            ? Result<Werkgebied>.Mislukt(fouten)
            : new Werkgebied(
                swvs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                postcodes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Whether the area covers a samenwerkingsverband or a postcode (its first four digits).</summary>
    public bool Omvat(string? samenwerkingsverband, string? postcode) =>
        IsLandelijk
        || (samenwerkingsverband is not null && Samenwerkingsverbanden.Contains(samenwerkingsverband))
        || (postcode is { Length: >= 4 } && Postcodegebieden.Contains(postcode[..4]));

    [GeneratedRegex("^" + Postcodevorm + @"\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Postcode4();
}
