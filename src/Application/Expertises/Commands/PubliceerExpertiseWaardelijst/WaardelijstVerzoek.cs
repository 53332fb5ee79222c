using System.ComponentModel.DataAnnotations;
using PassendOnderwijs.Application.Common.Invoer;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Schooljaren;

namespace PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;

/// <summary>
/// A version of the waardelijst: the request body, and how the reference data names one. <see cref="Lees"/> checks
/// its shape only; the waardelijst aggregate checks the entries and the rules across versions.
/// </summary>
/// <param name="GeldigVanaf">The first leerjaar it applies to, e.g. 2027-2028.</param>
/// <param name="Bron">Where the list comes from, e.g. "RIO waardelijst Expertises so, vso (DUO), leerjaar 2027-2028".</param>
public sealed record WaardelijstVerzoek(
    [property: Required, RegularExpression("^[0-9]{4}-[0-9]{4}$")] string? GeldigVanaf,
    [property: Required, MaxLength(ExpertiseWaardelijst.MaximaleLengteBron)] string? Bron,
    [property: Required, MinLength(1), MaxLength(WaardelijstVerzoek.MaximumAantalExpertises)] IReadOnlyList<WaardelijstRegel?>? Expertises)
{
    /// <summary>RIO's list has 16 entries; anything near this bound is not an expertise waardelijst.</summary>
    public const int MaximumAantalExpertises = 500;

    public Result<Waardelijstinvoer> Lees() =>
        Lezen.Samen(
            Schooljaar.Parse(GeldigVanaf, "geldigVanaf"),
            LeesExpertises(),
            (geldigVanaf, expertises) => new Waardelijstinvoer(geldigVanaf, Bron, expertises));

    /// <summary>The entries, with every problem of the list's own content (the aggregate's rules) reported at once.</summary>
    private Result<IReadOnlyList<ExpertiseRegel>> LeesExpertises()
    {
        if (Expertises is { Count: > MaximumAantalExpertises })
        {
            return Fout.Ongeldig("te-lange-waardelijst", $"Een waardelijst bevat hoogstens {MaximumAantalExpertises} expertises.", "expertises");
        }

        IReadOnlyList<ExpertiseRegel> regels = [.. (Expertises ?? []).Select(r => new ExpertiseRegel(r?.Code, r?.Omschrijving))];
        var fouten = ExpertiseWaardelijst.Invoerfouten(Bron, regels);
        return fouten.Count == 0 ? Result<IReadOnlyList<ExpertiseRegel>>.Gelukt(regels) : Result<IReadOnlyList<ExpertiseRegel>>.Mislukt(fouten);
    }
}

/// <summary>One expertise of the list: RIO's code and its Dutch omschrijving.</summary>
public sealed record WaardelijstRegel(
    [property: Required, RegularExpression(ExpertiseCode.Patroon), MaxLength(ExpertiseCode.MaximaleLengte)] string? Code,
    [property: Required, MaxLength(Expertise.MaximaleLengteOmschrijving)] string? Omschrijving);

/// <summary>A version to publish: from which leerjaar, its source, and its entries (still the aggregate's to check).</summary>
public sealed record Waardelijstinvoer(Schooljaar GeldigVanaf, string? Bron, IReadOnlyList<ExpertiseRegel> Expertises);
