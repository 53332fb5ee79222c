using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;

/// <summary>
/// A version of the waardelijst as the reference data names it. <see cref="Lees"/> checks its shape only; the
/// waardelijst aggregate checks the entries and the rules across versions.
/// </summary>
public sealed record WaardelijstVerzoek(string? GeldigVanaf, string? Bron, IReadOnlyList<ExpertiseRegel>? Expertises)
{
    /// <summary>RIO's list has 16 entries; anything near this bound is not an expertise waardelijst.</summary>
    public const int MaximumAantalExpertises = 500;

    public Result<Waardelijstinvoer> Lees() =>
        Lezen.Samen(
            Schooljaar.Parse(GeldigVanaf, "geldigVanaf"),
            LeesExpertises(),
            (geldigVanaf, expertises) => new Waardelijstinvoer(geldigVanaf, Bron, expertises));

    private Result<IReadOnlyList<ExpertiseRegel>> LeesExpertises() => Expertises switch
    {
        null => Fout.Ongeldig("lege-waardelijst", "Geef de expertises van de waardelijst op.", "expertises"),
        { Count: > MaximumAantalExpertises } => Fout.Ongeldig(
            "te-lange-waardelijst", $"Een waardelijst bevat hoogstens {MaximumAantalExpertises} expertises.", "expertises"),
        _ => Result<IReadOnlyList<ExpertiseRegel>>.Gelukt(Expertises),
    };
}

/// <summary>A version to publish: from which leerjaar, its source, and its entries (still the aggregate's to check).</summary>
public sealed record Waardelijstinvoer(Schooljaar GeldigVanaf, string? Bron, IReadOnlyList<ExpertiseRegel> Expertises);
