using PassendOnderwijs.Domain.Aanmeldingen;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Beleid;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;
using PassendOnderwijs.Domain.Thuiszitters;
using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Domain.Termijnen;

/// <summary>
/// Every term of passend onderwijs the product watches, once: how long, on what it rests, who acts, how far ahead it
/// warns, and from which facts of the case it runs. The lengths come from the constants the aggregates compute their
/// deadlines with (<see cref="TlvTermijnen"/>, <see cref="OppTermijnen"/>, the SWV's <see cref="Beleidswaarden"/>), so
/// the deadline a case stores, the one the werkvoorraad sorts by and the one the signals watch are one and the same.
/// A term runs while its <c>Loopt</c> gives a looptijd; when it stops giving one, the term is met.
/// </summary>
public static class Termijnentabel
{
    public static IReadOnlyList<Termijnregel<Arrangement>> Arrangement { get; } =
    [
        new(
            Termijnsoort.ArrangementBehandeling,
            Zaaksoort.Arrangement,
            $"{Beleidswaarden.StandaardBehandeltermijnWeken} weken na de aanvraag, of wat het samenwerkingsverband heeft ingesteld",
            "Beleid van het samenwerkingsverband (ondersteuningsplan)",
            "Het samenwerkingsverband",
            SignaalDagenVooraf: 7,
            a => a.Status is ArrangementStatus.Aangevraagd or ArrangementStatus.InBehandeling
                ? new Looptijd(Datum(a.AangevraagdOp), a.Behandeldeadline)
                : null),
        new(
            Termijnsoort.ArrangementEvaluatie,
            Zaaksoort.Arrangement,
            $"Elke {Beleidswaarden.StandaardEvaluatietermijnMaanden} maanden, of wat het samenwerkingsverband heeft ingesteld",
            "Beleid van het samenwerkingsverband (ondersteuningsplan)",
            "De school of de expert die de ondersteuning geeft",
            SignaalDagenVooraf: 14,
            a => a is { Status: ArrangementStatus.Actief, VolgendeEvaluatieUiterlijk: { } uiterlijk, Startdatum: { } start }
                ? new Looptijd(a.LaatstGeevalueerdOp ?? start, uiterlijk)
                : null),
    ];

    public static IReadOnlyList<Termijnregel<Toelaatbaarheidsverklaring>> Toelaatbaarheidsverklaring { get; } =
    [
        new(
            Termijnsoort.TlvBehandeling,
            Zaaksoort.Toelaatbaarheidsverklaring,
            $"{Beleidswaarden.StandaardBehandeltermijnWeken} weken na de aanvraag, of wat het samenwerkingsverband heeft ingesteld",
            "Beleid van het samenwerkingsverband; Awb 4:13 (een redelijke termijn, ten hoogste acht weken)",
            "Het samenwerkingsverband",
            SignaalDagenVooraf: 7,
            t => t.Status is TlvStatus.Aangevraagd or TlvStatus.InAdvisering or TlvStatus.Besloten
                ? new Looptijd(Datum(t.AangevraagdOp), t.Behandeldeadline)
                : null),
        new(
            Termijnsoort.TlvBezwaar,
            Zaaksoort.Toelaatbaarheidsverklaring,
            $"{TlvTermijnen.BezwaartermijnWeken} weken na de bekendmaking",
            "Awb 6:7 en 6:8",
            "De ouders (of de school)",
            SignaalDagenVooraf: 7,
            t => t is { Status: TlvStatus.Bekendgemaakt, BeslistOpBezwaar: false, BekendgemaaktOp: { } bekend, EindeBezwaartermijn: { } einde }
                ? new Looptijd(bekend, einde)
                : null),
        new(
            Termijnsoort.TlvLbtAdviesaanvraag,
            Zaaksoort.Toelaatbaarheidsverklaring,
            $"{TlvTermijnen.LbtAdviesaanvraagDagen} dagen na ontvangst van het bezwaar",
            "Procedure van de Landelijke Bezwaaradviescommissie Toelaatbaarheid (LBT)",
            "Het samenwerkingsverband",
            SignaalDagenVooraf: 3,
            t => t.LopendBezwaar is { LbtGevraagdOp: null } bezwaar
                ? new Looptijd(bezwaar.OntvangenOp, bezwaar.LbtAdviesaanvraagUiterlijk)
                : null),
        new(
            Termijnsoort.TlvBeslissingOpBezwaar,
            Zaaksoort.Toelaatbaarheidsverklaring,
            $"{TlvTermijnen.BeslistermijnWeken} weken na het einde van de bezwaartermijn, eenmaal te verdagen met {TlvTermijnen.VerdagingWeken} weken",
            "Awb 7:10 lid 1 en 3",
            "Het samenwerkingsverband",
            SignaalDagenVooraf: 14,
            t => t.LopendBezwaar is { } bezwaar ? new Looptijd(bezwaar.OntvangenOp, bezwaar.BeslissenUiterlijk) : null),
        new(
            Termijnsoort.TlvEinde,
            Zaaksoort.Toelaatbaarheidsverklaring,
            "Tot de einddatum van de TLV; het signaal komt zoveel weken vooraf als het samenwerkingsverband heeft ingesteld " +
            $"(standaard {Beleidswaarden.StandaardHerindicatiesignaalWeken})",
            "De einddatum in het besluit; het signaalmoment is beleid van het samenwerkingsverband",
            "De school, die zo nodig een nieuwe TLV aanvraagt",
            SignaalDagenVooraf: 7 * Beleidswaarden.StandaardHerindicatiesignaalWeken,
            t => t is { Status: TlvStatus.Bekendgemaakt or TlvStatus.InBezwaar, Toelaatbaar: true, OpgevolgdDoorId: null, Ingangsdatum: { } van, Einddatum: { } tot }
                ? new Looptijd(van, tot, t.HerindicatieVanaf)
                : null),
    ];

    public static IReadOnlyList<Termijnregel<Ontwikkelingsperspectiefplan>> Ontwikkelingsperspectiefplan { get; } =
    [
        new(
            Termijnsoort.OppVaststelling,
            Zaaksoort.Ontwikkelingsperspectiefplan,
            $"{OppTermijnen.VaststellingWeken} weken na de start van de extra ondersteuning",
            "WPO art. 40a, WEC art. 41a en de WVO 2020",
            "De school",
            SignaalDagenVooraf: 14,
            o => o is { Status: OppStatus.Concept, EersteVaststelling: null } ? new Looptijd(o.Startdatum, o.VaststellenUiterlijk) : null),
        new(
            Termijnsoort.OppEvaluatie,
            Zaaksoort.Ontwikkelingsperspectiefplan,
            "Ten minste eens per schooljaar, met de ouders",
            "WPO art. 40a, WEC art. 41a en de WVO 2020",
            "De school",
            SignaalDagenVooraf: 42,
            o => o is { Status: OppStatus.Vastgesteld or OppStatus.InHerziening, EvaluatieUiterlijk: { } uiterlijk, EersteVaststelling: { } vastgesteld }
                ? new Looptijd(o.LaatstGeevalueerdOp ?? vastgesteld, uiterlijk)
                : null),
    ];

    /// <summary>The aim for a thuiszitter: back within 3 months of the first day of absence (a vrijstelling has none).</summary>
    public static IReadOnlyList<Termijnregel<Thuiszitter>> Thuiszitter { get; } =
    [
        new(
            Termijnsoort.ThuiszitterTerugkeer,
            Zaaksoort.Thuiszitter,
            $"{Thuiszitters.Thuiszitter.StreefMaanden} maanden na de eerste dag van het verzuim",
            "Landelijk streefdoel: een thuiszitter is binnen 3 maanden terug op school of in onderwijs (Inspectie van het Onderwijs)",
            "Het samenwerkingsverband",
            SignaalDagenVooraf: 14,
            t => t is { Status: ThuiszitterStatus.Open, Streefdatum: { } streef } ? new Looptijd(t.VerzuimSinds, streef) : null),
    ];

    /// <summary>
    /// The school's zorgplicht: from the receipt of a written aanmelding it decides within six weeks, once extended by
    /// four (<see cref="AanmeldingTermijnen"/>). No term runs where the zorgplicht does not apply (cluster 1 or 2).
    /// </summary>
    public static IReadOnlyList<Termijnregel<Aanmelding>> Aanmelding { get; } =
    [
        new(
            Termijnsoort.AanmeldingBesluit,
            Zaaksoort.Aanmelding,
            $"{AanmeldingTermijnen.BeslistermijnWeken} weken na ontvangst van de aanmelding, eenmaal te verlengen met {AanmeldingTermijnen.VerlengingWeken} weken",
            "WPO art. 40 lid 5, WVO 2020 art. 2.33 en WEC art. 40 (zorgplicht)",
            "De school waar de leerling is aangemeld",
            SignaalDagenVooraf: AanmeldingTermijnen.SignaalDagenVooraf,
            a => a is { Status: AanmeldingStatus.Ontvangen or AanmeldingStatus.Verlengd, BesluitUiterlijk: { } uiterlijk }
                ? new Looptijd(a.OntvangenOp, uiterlijk)
                : null),
    ];

    public static IReadOnlyList<Termijnregel> Alle { get; } = [.. Arrangement, .. Toelaatbaarheidsverklaring, .. Ontwikkelingsperspectiefplan, .. Thuiszitter, .. Aanmelding];

    public static Termijnregel Regel(Termijnsoort soort) => Alle.Single(r => r.Soort == soort);

    public static IReadOnlyList<Termijnstand> Van(Arrangement zaak) => Standen(Arrangement, zaak);

    public static IReadOnlyList<Termijnstand> Van(Toelaatbaarheidsverklaring zaak) => Standen(Toelaatbaarheidsverklaring, zaak);

    public static IReadOnlyList<Termijnstand> Van(Ontwikkelingsperspectiefplan zaak) => Standen(Ontwikkelingsperspectiefplan, zaak);

    public static IReadOnlyList<Termijnstand> Van(Thuiszitter zaak) => Standen(Thuiszitter, zaak);
    public static IReadOnlyList<Termijnstand> Van(Aanmelding zaak) => Standen(Aanmelding, zaak);

    private static List<Termijnstand> Standen<TZaak>(IEnumerable<Termijnregel<TZaak>> regels, TZaak zaak) =>
        [.. regels.Select(r => r.Stand(zaak)).OfType<Termijnstand>()];

    /// <summary>The calendar day of an instant the way the aggregates take it for their own deadlines.</summary>
    // A term counts Dutch calendar days: a request at 23:30 UTC on 4 December was made on 5 December.
    private static DateOnly Datum(DateTimeOffset op) => NederlandseDatum.Van(op);
}
