using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Domain.Meldingen;

/// <summary>
/// What a notification is about. A person chooses per kind whether they get it in the app and by e-mail
/// (<see cref="Meldingvoorkeuren"/>). The codes are part of the API.
/// </summary>
public enum Meldingsoort
{
    /// <summary>The SWV decided on the person's own request.</summary>
    AanvraagBeantwoord,

    /// <summary>Someone asks the person (or their school) something: information, or an advice.</summary>
    VraagGesteld,

    /// <summary>The question the person asked was answered.</summary>
    VraagBeantwoord,

    /// <summary>A decision on a case the person worked on.</summary>
    Besluit,

    /// <summary>A term the person must act on ends soon.</summary>
    TermijnNadert,

    /// <summary>A term the person must act on has passed.</summary>
    TermijnVerlopen,

    /// <summary>For beheerders: an event could not be delivered to a koppeling's webhook, even after retrying.</summary>
    KoppelingAfleveringMislukt,
}

public static class MeldingsoortCodes
{
    public static Codelijst<Meldingsoort> Lijst { get; } = new(
        "soort melding",
        new Dictionary<Meldingsoort, (string Code, string Label)>
        {
            [Meldingsoort.AanvraagBeantwoord] = ("aanvraag-beantwoord", "Besluit op uw aanvraag"),
            [Meldingsoort.VraagGesteld] = ("vraag-gesteld", "Een vraag aan u of uw school"),
            [Meldingsoort.VraagBeantwoord] = ("vraag-beantwoord", "Antwoord op een vraag"),
            [Meldingsoort.Besluit] = ("besluit", "Besluit over een zaak waaraan u werkt"),
            [Meldingsoort.TermijnNadert] = ("termijn-nadert", "Een termijn loopt bijna af"),
            [Meldingsoort.TermijnVerlopen] = ("termijn-verlopen", "Een termijn is verlopen"),
            [Meldingsoort.KoppelingAfleveringMislukt] = ("koppeling-aflevering-mislukt", "Een koppeling kreeg een bericht niet"),
        });
}
