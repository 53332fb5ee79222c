using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Ondersteuning;

namespace PassendOnderwijs.Domain.Leerlingen;

/// <summary>
/// What a pupil needs, in terms of needs and not labels (seeds 001 and 003): the factors that help and hinder,
/// the onderwijsbehoeften on the five IVO fields, and the pupil's and parents' own view. Diagnoses are special
/// category data and deliberately not part of this.
/// </summary>
public sealed record Ondersteuningsbehoeften
{
    public const int MaximaleLengte = 4000;

    /// <summary>A few expertises say what a pupil needs; a longer list no longer helps choosing an aanbieder.</summary>
    public const int MaximumExpertises = 10;

    public static readonly Ondersteuningsbehoeften Leeg = new(null, null, IvoVelden.Leeg, null, null, []);

    // For the store, which sets the fields itself.
    private Ondersteuningsbehoeften()
    {
        Onderwijsbehoeften = IvoVelden.Leeg;
        Expertises = [];
    }

    private Ondersteuningsbehoeften(
        string? bevorderend, string? belemmerend, IvoVelden onderwijsbehoeften, string? leerling, string? ouders, IReadOnlyList<ExpertiseCode> expertises)
    {
        Expertises = expertises;
        BevorderendeFactoren = bevorderend;
        BelemmerendeFactoren = belemmerend;
        Onderwijsbehoeften = onderwijsbehoeften;
        VisieLeerling = leerling;
        VisieOuders = ouders;
    }

    public string? BevorderendeFactoren { get; }

    public string? BelemmerendeFactoren { get; }

    public IvoVelden Onderwijsbehoeften { get; }

    /// <summary>In the pupil's own words.</summary>
    public string? VisieLeerling { get; }

    /// <summary>The view of the ouders/verzorgers.</summary>
    public string? VisieOuders { get; }

    /// <summary>
    /// Codes from RIO's waardelijst "Expertises so, vso" the pupil needs, sorted and without doubles, so the matching
    /// can compare them with what an aanbieder offers. Whether a waardelijst knows a code is the application's to check
    /// (it needs the store).
    /// </summary>
    public IReadOnlyList<ExpertiseCode> Expertises { get; }

    // A record compares a list by reference; two needs with the same codes are the same needs.
    public bool Equals(Ondersteuningsbehoeften? other) =>
        other is not null
        && BevorderendeFactoren == other.BevorderendeFactoren
        && BelemmerendeFactoren == other.BelemmerendeFactoren
        && Onderwijsbehoeften == other.Onderwijsbehoeften
        && VisieLeerling == other.VisieLeerling
        && VisieOuders == other.VisieOuders
        && Expertises.SequenceEqual(other.Expertises);

    public override int GetHashCode() =>
        HashCode.Combine(BevorderendeFactoren, BelemmerendeFactoren, Onderwijsbehoeften, VisieLeerling, VisieOuders, string.Join(',', Expertises.Select(e => e.Waarde)));

    public static Result<Ondersteuningsbehoeften> Van(
        string? bevorderend, string? belemmerend, IvoVelden onderwijsbehoeften, string? leerling, string? ouders, IReadOnlyList<string>? expertises = null)
    {
        ArgumentNullException.ThrowIfNull(onderwijsbehoeften);
        var teksten = new[]
        {
            Tekst.Optioneel(bevorderend, MaximaleLengte, "bevorderendeFactoren"),
            Tekst.Optioneel(belemmerend, MaximaleLengte, "belemmerendeFactoren"),
            Tekst.Optioneel(leerling, MaximaleLengte, "visieLeerling"),
            Tekst.Optioneel(ouders, MaximaleLengte, "visieOuders"),
        };
        var codes = (expertises ?? []).Select((e, i) => ExpertiseCode.Parse(e, $"expertises[{i}]")).ToList();
        var fouten = teksten.SelectMany(t => t.Fouten).Concat(codes.SelectMany(c => c.Fouten)).ToList();
        if (codes.Count > MaximumExpertises)
        {
            fouten.Add(Fout.Ongeldig("te-veel-expertises", $"Kies hoogstens {MaximumExpertises} expertises.", "expertises"));
        }

        return fouten.Count > 0
            ? Result<Ondersteuningsbehoeften>.Mislukt(fouten)
            : new Ondersteuningsbehoeften(
                teksten[0].Waarde, teksten[1].Waarde, onderwijsbehoeften, teksten[2].Waarde, teksten[3].Waarde,
                codes.Select(c => c.Waarde).DistinctBy(c => c.Waarde).OrderBy(c => c.Waarde, StringComparer.Ordinal).ToList());
    }
}
