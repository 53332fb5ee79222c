using System.Text.RegularExpressions;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Organisaties;

/// <summary>A schoolbestuur (bevoegd gezag) in the samenwerkingsverband, known by its five-digit bevoegd-gezagnummer.</summary>
public sealed partial class Schoolbestuur : AggregateRoot<Guid>
{
    public const int MaximaleLengteNaam = 160;

    /// <summary>The bevoegd-gezagnummer's form (five digits), for the contract; the domain matches the same with \z.</summary>
    public const string Nummerpatroon = "^" + Nummervorm + "$";

    private const string Nummervorm = "[0-9]{5}";

    private Schoolbestuur()
    {
        Samenwerkingsverband = null!;
        Nummer = string.Empty;
        Naam = string.Empty;
    }

    public SwvCode Samenwerkingsverband { get; private set; }

    /// <summary>The bevoegd-gezagnummer from DUO, five digits.</summary>
    public string Nummer { get; private set; }

    public string Naam { get; private set; }

    public static Result<Schoolbestuur> Registreer(SwvCode samenwerkingsverband, string? nummer, string? naam)
    {
        ArgumentNullException.ThrowIfNull(samenwerkingsverband);
        var fouten = new List<Fout>();
        if (nummer is null || !Nummerregel().IsMatch(nummer))
        {
            fouten.Add(Fout.Ongeldig("ongeldig-bevoegd-gezagnummer", "Een bevoegd-gezagnummer heeft vijf cijfers, zoals 41234.", "nummer"));
        }

        var geldigeNaam = Tekst.Verplicht(naam, MaximaleLengteNaam, "naam", "naam-vereist", "Geef de naam van het schoolbestuur.");
        fouten.AddRange(geldigeNaam.Fouten);
        return fouten.Count > 0
            ? Result<Schoolbestuur>.Mislukt(fouten)
            : new Schoolbestuur { Id = Guid.CreateVersion7(), Samenwerkingsverband = samenwerkingsverband, Nummer = nummer!, Naam = geldigeNaam.Waarde };
    }

    /// <summary>Gives the schoolbestuur its (new) name, as an import does when DUO's name changed.</summary>
    public Result<Schoolbestuur> Hernoem(string? naam)
    {
        var geldigeNaam = Tekst.Verplicht(naam, MaximaleLengteNaam, "naam", "naam-vereist", "Geef de naam van het schoolbestuur.");
        if (!geldigeNaam.IsGelukt)
        {
            return Result<Schoolbestuur>.Mislukt(geldigeNaam.Fouten);
        }

        Naam = geldigeNaam.Waarde;
        return this;
    }

    [GeneratedRegex("^" + Nummervorm + @"\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Nummerregel();
}
