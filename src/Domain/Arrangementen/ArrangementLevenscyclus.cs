using PassendOnderwijs.Domain.Arrangementen.Gebeurtenissen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Common.Levenscyclus;
using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Domain.Arrangementen;

/// <summary>
/// The lifecycle of an arrangement as one table: aangevraagd → in behandeling (with at most one open question to the
/// school) → toegekend | afgewezen → actief (evaluated at least every six months) → beëindigd. The aggregate's
/// transitions, who may send each step's command, the werkvoorraad and the <c>toegestaneStappen</c> of an
/// arrangement, the contract's meaning of each step and the domain event each raises all follow from these rows.
/// Adding a step: a row here (and its code in <see cref="ArrangementStapCodes"/>), the aggregate's method, the named
/// event, the use case and the endpoint.
/// </summary>
public static class ArrangementLevenscyclus
{
    private static readonly Rol[] Swv = [Rol.SwvMedewerker];

    /// <summary>Who may start, evaluate and end an arrangement: the school, the SWV's staff, or an expert.</summary>
    private static readonly Rol[] Uitvoerenden = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert];

    /// <summary>
    /// Who must start, evaluate and end it: whoever provides the support (<see cref="DeUitvoerder"/>). The SWV may take
    /// these steps, but they are not its to-do.
    /// </summary>
    private static readonly Rol[] Uitvoerder = [Rol.SchoolMedewerker, Rol.Expert];

    /// <summary>Granting and refusing wait for the same person: one line in the werkvoorraad.</summary>
    private static readonly Werkvoorraadregel<Arrangement> Besluiten = new(
        "besluiten",
        _ => "Aanvraag in behandeling: ken toe of wijs af, of vraag de school om informatie",
        a => a.Behandeldeadline,
        Wanneer: _ => a => a.OpenVraag == null);

    public static Levenscyclus<Arrangement, ArrangementStatus, ArrangementStap> Tabel { get; } = new(
        "Een arrangement",
        a => a.Status,
        ArrangementStatusCodes.Lijst,
        ArrangementStapCodes.Lijst,
        [
            new()
            {
                Code = ArrangementStap.Behandeling,
                Omschrijving = "in behandeling nemen",
                Betekenis = "De aanvraag in behandeling nemen.",
                Van = [ArrangementStatus.Aangevraagd],
                Rollen = Swv,
                Naar = ArrangementStatus.InBehandeling,
                Gebeurtenis = Gebeurtenis.InBehandelingGenomen,
                Meldt = (a, op) => new ArrangementInBehandelingGenomen(a.Id, a.Samenwerkingsverband, a.Status, op),
                Werkvoorraad = new(
                    "in-behandeling-nemen",
                    _ => "Nieuwe aanvraag: neem haar in behandeling",
                    a => a.Behandeldeadline),
            },
            new()
            {
                Code = ArrangementStap.Antwoord,
                Omschrijving = "een vraag beantwoorden",
                Betekenis = "De vraag van het samenwerkingsverband beantwoorden.",
                Van = [ArrangementStatus.InBehandeling],
                Voorwaarde = new(a => a.OpenVraag != null, Fout.Conflict("geen-open-vraag", "Er staat geen vraag aan de school open.")),
                Rollen = [Rol.SwvMedewerker, Rol.SchoolMedewerker],
                Gebeurtenis = Gebeurtenis.InformatieGegeven,
                Meldt = (a, op) => new ArrangementInformatieGegeven(a.Id, a.Samenwerkingsverband, a.Status, op),
                Werkvoorraad = new(
                    "vraag-beantwoorden",
                    a => "Het samenwerkingsverband vraagt: " + a.OpenVraag,
                    a => a.Behandeldeadline,
                    Voor: [Rol.SchoolMedewerker]),
            },
            new()
            {
                Code = ArrangementStap.Toekenning,
                Omschrijving = "toekennen",
                Betekenis = "Het arrangement toekennen.",
                Van = [ArrangementStatus.InBehandeling],
                Rollen = Swv,
                Naar = ArrangementStatus.Toegekend,
                Gebeurtenis = Gebeurtenis.Toegekend,
                Meldt = (a, op) => new ArrangementToegekend(a.Id, a.Samenwerkingsverband, a.Status, op),
                Werkvoorraad = Besluiten,
            },
            new()
            {
                Code = ArrangementStap.Afwijzing,
                Omschrijving = "afwijzen",
                Betekenis = "De aanvraag afwijzen.",
                Van = [ArrangementStatus.InBehandeling],
                Rollen = Swv,
                Naar = ArrangementStatus.Afgewezen,
                Gebeurtenis = Gebeurtenis.Afgewezen,
                Meldt = (a, op) => new ArrangementAfgewezen(a.Id, a.Samenwerkingsverband, a.Status, op),
                Werkvoorraad = Besluiten,
            },
            new()
            {
                Code = ArrangementStap.Informatieverzoek,
                Omschrijving = "om informatie vragen",
                Betekenis = "De school om meer informatie vragen.",
                Van = [ArrangementStatus.InBehandeling],
                Voorwaarde = new(
                    a => a.OpenVraag == null,
                    Fout.Conflict("vraag-staat-open", "Er staat al een vraag aan de school open; wacht op het antwoord.")),
                Rollen = Swv,
                Gebeurtenis = Gebeurtenis.InformatieGevraagd,
                Meldt = (a, op) => new ArrangementInformatieGevraagd(a.Id, a.Samenwerkingsverband, a.Status, op),
            },
            new()
            {
                Code = ArrangementStap.Start,
                Omschrijving = "starten",
                Betekenis = "Het toegekende arrangement starten.",
                Van = [ArrangementStatus.Toegekend],
                Rollen = Uitvoerenden,
                Naar = ArrangementStatus.Actief,
                Gebeurtenis = Gebeurtenis.Gestart,
                Meldt = (a, op) => new ArrangementGestart(a.Id, a.Samenwerkingsverband, a.Status, op),
                Werkvoorraad = new(
                    "starten",
                    _ => "Toegekend: start het arrangement vanaf de ingangsdatum",
                    a => a.Ingangsdatum,
                    Wanneer: horizon => a => a.Ingangsdatum <= horizon,
                    Voor: Uitvoerder,
                    Betrokken: DeUitvoerder),
            },
            new()
            {
                Code = ArrangementStap.Evaluatie,
                Omschrijving = "evalueren",
                Betekenis = "Een evaluatie vastleggen.",
                Van = [ArrangementStatus.Actief],
                Rollen = Uitvoerenden,
                Gebeurtenis = Gebeurtenis.Geevalueerd,
                Meldt = (a, op) => new ArrangementGeevalueerd(a.Id, a.Samenwerkingsverband, a.Status, op),

                // When the end is near, the werkvoorraad asks for the ending (with its evaluation) instead.
                Werkvoorraad = new(
                    "evalueren",
                    a => WaaromEvalueren(a.LaatstGeevalueerdOp, a.Startdatum),
                    a => a.VolgendeEvaluatieUiterlijk!.Value,
                    Wanneer: horizon => a => a.VolgendeEvaluatieUiterlijk <= horizon && a.Einddatum > horizon,
                    Voor: Uitvoerder,
                    Betrokken: DeUitvoerder),
            },
            new()
            {
                Code = ArrangementStap.Beeindiging,
                Omschrijving = "beëindigen",
                Betekenis = "Het arrangement beëindigen.",
                Van = [ArrangementStatus.Actief],
                Rollen = Uitvoerenden,
                Naar = ArrangementStatus.Beeindigd,
                Gebeurtenis = Gebeurtenis.Beeindigd,
                Meldt = (a, op) => new ArrangementBeeindigd(a.Id, a.Samenwerkingsverband, a.Status, op),
                Werkvoorraad = new(
                    "beeindigen",
                    _ => "Einddatum nadert: evalueer en beëindig het arrangement",
                    a => a.Einddatum,
                    Wanneer: horizon => a => a.Einddatum <= horizon,
                    Voor: Uitvoerder,
                    Betrokken: DeUitvoerder),
            },
        ]);

    /// <summary>
    /// Support an expert provides waits for the expert; everything else (the school itself, an SBO/SO school, an
    /// aanbieder) for the school-medewerker of the pupil's vestiging, who arranges it with the provider.
    /// </summary>
    private static System.Linq.Expressions.Expression<Func<Arrangement, bool>>? DeUitvoerder(Rol rol, Guid aanroeper) =>
        rol == Rol.Expert ? a => a.UitvoerderSoort == SoortUitvoerder.Expert : a => a.UitvoerderSoort != SoortUitvoerder.Expert;

    /// <summary>Why an evaluation is due: the last one was long enough ago, or there was none since the start.</summary>
    public static string WaaromEvalueren(DateOnly? laatstGeevalueerdOp, DateOnly? startdatum) =>
        laatstGeevalueerdOp is { } laatste
            ? $"Evaluatie nodig: de laatste was op {NederlandseDatum.Tekst(laatste)}"
            : startdatum is { } start
                ? $"Evaluatie nodig: gestart op {NederlandseDatum.Tekst(start)} en nog niet geëvalueerd"
                : "Evaluatie nodig";
}
