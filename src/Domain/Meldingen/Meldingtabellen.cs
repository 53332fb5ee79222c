using PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen.Gebeurtenissen;
using PassendOnderwijs.Domain.Termijnen;
using PassendOnderwijs.Domain.Termijnen.Gebeurtenissen;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen.Gebeurtenissen;

namespace PassendOnderwijs.Domain.Meldingen;

/// <summary>
/// Who hears of which arrangement event, one line per event. Events not named here (the request itself, taking it in
/// behandeling, starting, evaluating) tell nobody: the people who must act see them in their werkvoorraad.
/// </summary>
public static class ArrangementMeldingen
{
    public static IReadOnlyList<Meldingroute> Voor(ArrangementGebeurtenis gebeurtenis) => gebeurtenis switch
    {
        ArrangementToegekend =>
        [
            new(Ontvangers.Aanvrager, Meldingsoort.AanvraagBeantwoord, "Uw aanvraag voor een arrangement is toegekend."),
            new(Ontvangers.Behandelaars, Meldingsoort.Besluit, "Een arrangement waaraan u werkte, is toegekend."),
        ],
        ArrangementAfgewezen =>
        [
            new(Ontvangers.Aanvrager, Meldingsoort.AanvraagBeantwoord, "Uw aanvraag voor een arrangement is afgewezen."),
            new(Ontvangers.Behandelaars, Meldingsoort.Besluit, "Een arrangement waaraan u werkte, is afgewezen."),
        ],
        ArrangementInformatieGevraagd =>
        [
            new(Ontvangers.Aanvrager, Meldingsoort.VraagGesteld, "Het samenwerkingsverband heeft een vraag over uw aanvraag voor een arrangement."),
        ],
        ArrangementInformatieGegeven =>
        [
            new(Ontvangers.Behandelaars, Meldingsoort.VraagBeantwoord, "De school heeft uw vraag over een aanvraag voor een arrangement beantwoord."),
        ],
        ArrangementBeeindigd =>
        [
            new(Ontvangers.Aanvrager, Meldingsoort.Besluit, "Een arrangement dat u aanvroeg, is beëindigd."),
        ],
        _ => [],
    };
}

/// <summary>Who hears of which TLV event, one line per event; the others tell nobody.</summary>
public static class TlvMeldingen
{
    public static IReadOnlyList<Meldingroute> Voor(TlvGebeurtenisBericht gebeurtenis) => gebeurtenis switch
    {
        TlvAdviseurAangewezen =>
        [
            new(Ontvangers.Adviseurs, Meldingsoort.VraagGesteld, "U bent gevraagd om advies te geven over een aanvraag voor een toelaatbaarheidsverklaring."),
        ],
        TlvAdviesUitgebracht =>
        [
            new(Ontvangers.Behandelaars, Meldingsoort.VraagBeantwoord, "Er is advies gegeven over een aanvraag voor een toelaatbaarheidsverklaring."),
        ],
        TlvBekendgemaakt =>
        [
            new(Ontvangers.Aanvrager, Meldingsoort.AanvraagBeantwoord, "Er is een besluit op uw aanvraag voor een toelaatbaarheidsverklaring."),
            new(Ontvangers.Behandelaars, Meldingsoort.Besluit, "Het besluit over een toelaatbaarheidsverklaring is bekendgemaakt."),
        ],
        TlvIngetrokken =>
        [
            new(Ontvangers.Aanvrager, Meldingsoort.Besluit, "Een toelaatbaarheidsverklaring die u aanvroeg, is ingetrokken."),
        ],
        // Staff register a paper bezwaarschrift themselves; an ouder's bezwaar from the portal is news to all of them.
        TlvBezwaarOntvangen =>
        [
            new(Ontvangers.BehandelaarsOfSwvMedewerkers, Meldingsoort.VraagGesteld, "Er is bezwaar gemaakt tegen een besluit over een toelaatbaarheidsverklaring."),
            new(Ontvangers.Aanvrager, Meldingsoort.Besluit, "Er is bezwaar gemaakt tegen het besluit over een toelaatbaarheidsverklaring die u aanvroeg."),
        ],
        TlvBeslistOpBezwaar =>
        [
            new(Ontvangers.Aanvrager, Meldingsoort.Besluit, "Er is beslist op het bezwaar tegen een toelaatbaarheidsverklaring die u aanvroeg."),
            new(Ontvangers.Behandelaars, Meldingsoort.Besluit, "Er is beslist op een bezwaar tegen een toelaatbaarheidsverklaring."),
        ],
        _ => [],
    };
}

/// <summary>
/// Who hears of which OPP event. The plan is the school's own, so only what the ouders do in the portal tells anyone:
/// their answer on the handelingsdeel, to the school's staff of the plan's vestiging (the consumer checks that the
/// answer came from the portal; a paper answer the school records itself tells nobody), and their view on what the
/// child needs ("Hoe denk jij erover?"), which only the portal records.
/// </summary>
public static class OppMeldingen
{
    public static IReadOnlyList<Meldingroute> Voor(OppGebeurtenisBericht gebeurtenis) => gebeurtenis switch
    {
        OppInstemmingGegeven =>
        [
            new(Ontvangers.School, Meldingsoort.VraagBeantwoord, "Een ouder heeft in het ouderportaal ingestemd met het handelingsdeel van een OPP."),
        ],
        OppInstemmingGeweigerd =>
        [
            new(Ontvangers.School, Meldingsoort.VraagBeantwoord, "Een ouder heeft in het ouderportaal niet ingestemd met het handelingsdeel van een OPP."),
        ],
        OppVisieVanOudersGegeven =>
        [
            new(Ontvangers.School, Meldingsoort.VraagBeantwoord, "Een ouder heeft in het ouderportaal de visie van de ouders gegeven op wat hun kind nodig heeft (OPP)."),
        ],
        _ => [],
    };
}

/// <summary>
/// Who hears that an ouder gave or withdrew consent for someone outside the school and the SWV: the school's staff of
/// the pupil's vestiging, who answer the ouders' questions and must know who may look (a consent on paper the school
/// records itself tells nobody: the consumer checks the way).
/// </summary>
public static class ToestemmingMeldingen
{
    public static IReadOnlyList<Meldingroute> Voor(Ouders.ToestemmingGebeurtenis gebeurtenis) => gebeurtenis switch
    {
        Ouders.ToestemmingGegeven =>
        [
            new(Ontvangers.School, Meldingsoort.VraagBeantwoord, "Een ouder heeft in het ouderportaal toestemming gegeven om de gegevens van een leerling te delen buiten school en samenwerkingsverband."),
        ],
        Ouders.ToestemmingIngetrokken =>
        [
            new(Ontvangers.School, Meldingsoort.VraagBeantwoord, "Een toestemming om de gegevens van een leerling te delen buiten school en samenwerkingsverband is ingetrokken."),
        ],
        _ => [],
    };
}

/// <summary>
/// Who is told that a term comes close or passed: whoever must act (the column "wie" of <see cref="Termijnentabel"/>).
/// A met term tells nobody.
/// </summary>
public static class TermijnMeldingen
{
    /// <summary>Who acts, per term; a unit test holds it to the deadline table, so a new term cannot go unrouted.</summary>
    public static IReadOnlyDictionary<Termijnsoort, Ontvangers> WieHandelt { get; } = new Dictionary<Termijnsoort, Ontvangers>
    {
        [Termijnsoort.ArrangementBehandeling] = Ontvangers.BehandelaarsOfSwvMedewerkers,
        [Termijnsoort.ArrangementEvaluatie] = Ontvangers.School,
        [Termijnsoort.TlvBehandeling] = Ontvangers.BehandelaarsOfSwvMedewerkers,
        [Termijnsoort.TlvBezwaar] = Ontvangers.School,
        [Termijnsoort.TlvLbtAdviesaanvraag] = Ontvangers.BehandelaarsOfSwvMedewerkers,
        [Termijnsoort.TlvBeslissingOpBezwaar] = Ontvangers.BehandelaarsOfSwvMedewerkers,
        [Termijnsoort.TlvEinde] = Ontvangers.School,
        [Termijnsoort.OppVaststelling] = Ontvangers.School,
        [Termijnsoort.OppEvaluatie] = Ontvangers.School,
        [Termijnsoort.ThuiszitterTerugkeer] = Ontvangers.BehandelaarsOfSwvMedewerkers,
        [Termijnsoort.AanmeldingBesluit] = Ontvangers.School,
    };

    public static IReadOnlyList<Meldingroute> Voor(TermijnGebeurtenis gebeurtenis)
    {
        ArgumentNullException.ThrowIfNull(gebeurtenis);
        var wat = TermijnsoortCodes.Lijst.Label(gebeurtenis.Soort);
        return gebeurtenis switch
        {
            TermijnNadert => [new(WieHandelt[gebeurtenis.Soort], Meldingsoort.TermijnNadert, $"Een termijn loopt bijna af: {Klein(wat)}.")],
            TermijnVerlopen => [new(WieHandelt[gebeurtenis.Soort], Meldingsoort.TermijnVerlopen, $"Een termijn is verlopen: {Klein(wat)}.")],
            _ => [],
        };
    }

    private static string Klein(string label) => char.ToLowerInvariant(label[0]) + label[1..];
}

/// <summary>A koppeling that stopped receiving its webhooks is for the samenwerkingsverband's beheerders.</summary>
public static class KoppelingMeldingen
{
    public static IReadOnlyList<Meldingroute> AfleveringMislukt { get; } =
    [
        new(Ontvangers.Beheerders, Meldingsoort.KoppelingAfleveringMislukt, "Een koppeling heeft een bericht niet ontvangen, ook niet na opnieuw proberen."),
    ];
}
