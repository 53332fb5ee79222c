using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Domain.Begeleidingsaanbod;

/// <summary>
/// The recognition (erkenning) an OBA works under, with its licences: the expertises it may offer as begeleiding
/// ("Via de licentie kan afgeleid worden of de expertises als begeleidingsaanbod toegestaan zijn", RIO).
/// </summary>
public sealed record Onderwijsinstellingserkenning
{
    public const int MaximaleLengteCode = 20;

    private Onderwijsinstellingserkenning(string code, Cluster cluster, IReadOnlyList<string> licenties)
    {
        Code = code;
        Cluster = cluster;
        Licenties = licenties;
    }

    public string Code { get; }

    public Cluster Cluster { get; }

    /// <summary>Codes of the expertises the licence allows.</summary>
    public IReadOnlyList<string> Licenties { get; }

    public static Result<Onderwijsinstellingserkenning> Van(string? code, int cluster, IReadOnlyList<string>? licenties, string veld = "erkenning")
    {
        var fouten = new List<Fout>();
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaximaleLengteCode)
        {
            fouten.Add(Fout.Ongeldig("ongeldige-erkenningscode", $"Geef de code van de erkenning op (hoogstens {MaximaleLengteCode} tekens).", $"{veld}.code"));
        }

        if (!Enum.IsDefined(typeof(Cluster), cluster))
        {
            fouten.Add(Fout.Ongeldig("ongeldig-cluster", "Het cluster is 1, 2, 3 of 4.", $"{veld}.cluster"));
        }

        var codes = (licenties ?? []).Select((l, i) => ExpertiseCode.Parse(l, $"{veld}.licenties[{i}]")).ToList();
        fouten.AddRange(codes.SelectMany(c => c.Fouten));
        if (codes.Count == 0)
        {
            fouten.Add(Fout.Ongeldig("licentie-vereist", "Een erkenning heeft minstens één licentie.", $"{veld}.licenties"));
        }

        return fouten.Count > 0
            ? Result<Onderwijsinstellingserkenning>.Mislukt(fouten)
            : new Onderwijsinstellingserkenning(code!.Trim(), (Cluster)cluster, codes.Select(c => c.Waarde.Waarde).Distinct().Order(StringComparer.Ordinal).ToList());
    }

    public bool StaatToe(ExpertiseCode expertise) => Licenties.Contains(expertise.Waarde);
}
