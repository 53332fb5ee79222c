using PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Infrastructure.ReferenceData;

/// <summary>
/// RIO's waardelijst "Expertises so, vso" (Registratie Instellingen en Opleidingen, DUO): the expertises an
/// onderwijsbegeleidingsaanbieder can offer. Unchanged for leerjaar 2026-2027. A new RIO version is added here as
/// a new entry with its own GeldigVanaf; published versions are never edited.
/// </summary>
internal static class RioExpertiseWaardelijst
{
    public static IReadOnlyList<WaardelijstVerzoek> Versies { get; } =
    [
        new(
            GeldigVanaf: "2026-2027",
            Bron: "RIO waardelijst Expertises so, vso (DUO), leerjaar 2026-2027",
            Expertises:
            [
                new ExpertiseRegel("AUTISMESPECTRUMSTOORNISSEN", "Autismespectrumstoornissen"),
                new ExpertiseRegel("COGNITIEVE_BEPERKINGEN", "Cognitieve beperkingen"),
                new ExpertiseRegel("DOOF_MEERVOUDIG_BEPERKT", "Doof meervoudig beperkt"),
                new ExpertiseRegel("DOOFBLINDHEID", "Doofblindheid"),
                new ExpertiseRegel("DOOFHEID", "Doofheid"),
                new ExpertiseRegel("EPILEPSIE", "Epilepsie"),
                new ExpertiseRegel("GEDRAGSPROBLEMEN", "Gedragsproblemen"),
                new ExpertiseRegel("LANGDURIGE_ZIEKTE", "Langdurige ziekte"),
                new ExpertiseRegel("LICHAMELIJKE_BEPERKINGEN", "Lichamelijke beperkingen"),
                new ExpertiseRegel("MEERVOUDIGE_BEPERKINGEN", "Meervoudige beperkingen"),
                new ExpertiseRegel("SLECHTHOREND_MEERVOUDIG_BEPERKT", "Slechthorend meervoudig beperkt"),
                new ExpertiseRegel("SLECHTHORENDHEID", "Slechthorendheid"),
                new ExpertiseRegel("SOCIAALPSYCHOLOGISCHE_PROBLEMEN", "Sociaal-psychologische problemen"),
                new ExpertiseRegel("TAALONTWIKKELINGSSTOORNISSEN", "Taalontwikkelingsstoornissen"),
                new ExpertiseRegel("VISUEEL_MEERVOUDIG_BEPERKT", "Visueel meervoudig beperkt"),
                new ExpertiseRegel("VISUELE_BEPERKINGEN", "Visuele beperkingen"),
            ]),
    ];
}
