using PassendOnderwijs.Domain.Dossiers;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>The code lists of the OSO dossier import and what each code means.</summary>
internal static partial class ContractCodelijsten
{
    private static IEnumerable<Codelijstschema> Dossiers() =>
    [
        Tekst(
            OverdrachtsprofielCodes.Lijst,
            "Het OSO-profiel van het dossier (metadata/overstap): voor een samenwerkingsverband primair of voortgezet onderwijs.",
            new Dictionary<Overdrachtsprofiel, string>
            {
                [Overdrachtsprofiel.PoSwv] = "Het PaO-profiel voor een samenwerkingsverband primair onderwijs.",
                [Overdrachtsprofiel.VoSwv] = "Het PaO-profiel voor een samenwerkingsverband voortgezet onderwijs.",
            }),
        Tekst(
            DossierimportStatusCodes.Lijst,
            "Of een ontvangen dossier het actuele dossier van de leerling is.",
            new Dictionary<DossierimportStatus, string>
            {
                [DossierimportStatus.Actueel] = "Het nieuwste dossier van de leerling.",
                [DossierimportStatus.Vervangen] = "Later kwam een nieuwer dossier; dit blijft als geschiedenis bewaard.",
            }),
        Tekst(
            VerslagsoortCodes.Lijst,
            "Wat er met een onderdeel van het dossier is gebeurd.",
            new Dictionary<Verslagsoort, string>
            {
                [Verslagsoort.Aangemaakt] = "Nieuw vastgelegd, bijvoorbeeld een leerling die nog niet bekend was.",
                [Verslagsoort.Bijgewerkt] = "Een bestaand gegeven is bijgewerkt of herkend.",
                [Verslagsoort.Bewaard] = "Bij het dossier bewaard, alleen om te lezen.",
                [Verslagsoort.Genegeerd] = "Niet overgenomen: niet aangeleverd, of niet nodig voor passend onderwijs.",
                [Verslagsoort.Weggelaten] = "Bewust niet bewaard, zoals een burgerservicenummer of een geheim telefoonnummer.",
            }),
        Tekst(
            AkkoordantwoordCodes.Lijst,
            "Een antwoord van de ouders in het dossier (OSO-codelijst 37).",
            new Dictionary<Akkoordantwoord, string>
            {
                [Akkoordantwoord.Ja] = "Ja.",
                [Akkoordantwoord.Nee] = "Nee.",
                [Akkoordantwoord.Onbekend] = "Het antwoord is niet bekend.",
            }),
    ];
}
