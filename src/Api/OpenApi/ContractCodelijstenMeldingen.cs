using PassendOnderwijs.Domain.Meldingen;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>The code list of notifications for people.</summary>
internal static partial class ContractCodelijsten
{
    private static IEnumerable<Codelijstschema> Meldingen() =>
    [
        Tekst(
            MeldingsoortCodes.Lijst,
            "Waar een melding over gaat. Per soort kiest u of u haar in de app en per e-mail krijgt.",
            new Dictionary<Meldingsoort, string>
            {
                [Meldingsoort.AanvraagBeantwoord] = "Het samenwerkingsverband heeft besloten op een aanvraag die u deed.",
                [Meldingsoort.VraagGesteld] = "Iemand vraagt u of uw school iets: informatie bij een aanvraag, of een advies.",
                [Meldingsoort.VraagBeantwoord] = "Een vraag die u stelde, is beantwoord.",
                [Meldingsoort.Besluit] = "Er is een besluit genomen over een zaak waaraan u werkte.",
                [Meldingsoort.TermijnNadert] = "Een termijn waarin u iets moet doen, loopt bijna af.",
                [Meldingsoort.TermijnVerlopen] = "Een termijn waarin u iets moest doen, is verlopen.",
                [Meldingsoort.KoppelingAfleveringMislukt] = "Voor beheerders: een koppeling kreeg een bericht niet, ook niet na opnieuw proberen.",
            }),
    ];
}
