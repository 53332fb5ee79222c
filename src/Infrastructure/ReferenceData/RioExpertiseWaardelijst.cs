using PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;

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
                new WaardelijstRegel("AUTISMESPECTRUMSTOORNISSEN", "Autismespectrumstoornissen"),
                new WaardelijstRegel("COGNITIEVE_BEPERKINGEN", "Cognitieve beperkingen"),
                new WaardelijstRegel("DOOF_MEERVOUDIG_BEPERKT", "Doof meervoudig beperkt"),
                new WaardelijstRegel("DOOFBLINDHEID", "Doofblindheid"),
                new WaardelijstRegel("DOOFHEID", "Doofheid"),
                new WaardelijstRegel("EPILEPSIE", "Epilepsie"),
                new WaardelijstRegel("GEDRAGSPROBLEMEN", "Gedragsproblemen"),
                new WaardelijstRegel("LANGDURIGE_ZIEKTE", "Langdurige ziekte"),
                new WaardelijstRegel("LICHAMELIJKE_BEPERKINGEN", "Lichamelijke beperkingen"),
                new WaardelijstRegel("MEERVOUDIGE_BEPERKINGEN", "Meervoudige beperkingen"),
                new WaardelijstRegel("SLECHTHOREND_MEERVOUDIG_BEPERKT", "Slechthorend meervoudig beperkt"),
                new WaardelijstRegel("SLECHTHORENDHEID", "Slechthorendheid"),
                new WaardelijstRegel("SOCIAALPSYCHOLOGISCHE_PROBLEMEN", "Sociaal-psychologische problemen"),
                new WaardelijstRegel("TAALONTWIKKELINGSSTOORNISSEN", "Taalontwikkelingsstoornissen"),
                new WaardelijstRegel("VISUEEL_MEERVOUDIG_BEPERKT", "Visueel meervoudig beperkt"),
                new WaardelijstRegel("VISUELE_BEPERKINGEN", "Visuele beperkingen"),
            ]),
    ];
}
