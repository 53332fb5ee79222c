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

    /// <summary>Whoever provides the support: the school, the SWV's staff, or an expert.</summary>
    private static readonly Rol[] Uitvoerenden = [Rol.SwvMedewerker, Rol.SchoolMedewerker, Rol.Expert];

    /// <summary>Granting and refusing wait for the same person: one line in the werkvoorraad.</summary>
    private static readonly Werkvoorraadregel<Arrangement> Besluiten = new(
        "besluiten",
        _ => "Aanvraag in behandeling: ken toe of wijs af",
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
                Werkvoorraad = new("in-behandeling-nemen", _ => "Nieuwe aanvraag: neem in behandeling", a => a.Behandeldeadline),
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
                    _ => "Toegekend: start het arrangement",
                    a => a.Ingangsdatum,
                    Wanneer: horizon => a => a.Ingangsdatum <= horizon,
                    Betrokken: AlleenEenExpertDieHetUitvoert),
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
                    _ => "Evaluatie nodig (minstens elk half jaar)",
                    a => a.VolgendeEvaluatieUiterlijk!.Value,
                    Wanneer: horizon => a => a.VolgendeEvaluatieUiterlijk <= horizon && a.Einddatum > horizon,
                    Betrokken: AlleenEenExpertDieHetUitvoert),
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
                    _ => "Einddatum nadert: evalueer en beëindig",
                    a => a.Einddatum,
                    Wanneer: horizon => a => a.Einddatum <= horizon,
                    Betrokken: AlleenEenExpertDieHetUitvoert),
            },
        ]);

    /// <summary>Every expert may take these steps, but only the expert who provides the support has to.</summary>
    private static System.Linq.Expressions.Expression<Func<Arrangement, bool>>? AlleenEenExpertDieHetUitvoert(Rol rol) =>
        rol == Rol.Expert ? a => a.UitvoerderSoort == SoortUitvoerder.Expert : null;
}
