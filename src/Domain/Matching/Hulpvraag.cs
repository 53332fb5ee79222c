using PassendOnderwijs.Domain.Expertises;
using PassendOnderwijs.Domain.Ondersteuning;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Matching;

/// <summary>
/// What the <see cref="Settingwijzer"/> looks for: the pupil's onderwijsbehoeften on the five IVO fields, the
/// expertises named for them (RIO codes, e.g. SLECHTHORENDHEID, which an aanbieder must offer), where the pupil lives
/// (samenwerkingsverband and four-digit postcode area, for an aanbieder's werkgebied) and the school the pupil attends.
/// A snapshot, not the dossier: the query projects it from the store, so the matching stays pure.
/// </summary>
public sealed record Hulpvraag(
    IvoNiveaus Behoeften,
    IReadOnlyList<ExpertiseCode> Expertises,
    SwvCode Samenwerkingsverband,
    string? Postcodegebied,
    Schoolprofiel HuidigeSchool)
{
    /// <summary>Ambulante begeleiding is only looked for when expertises are named and the Expertise field asks something.</summary>
    public bool ZoektBegeleiding => Expertises.Count > 0 && Dekking.IsGevraagd(Behoeften.Expertise);
}
