using PassendOnderwijs.Domain.Ontwikkelingsperspectiefplannen;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>The code lists of ontwikkelingsperspectiefplannen and what each code means.</summary>
internal static partial class ContractCodelijsten
{
    private static IEnumerable<Codelijstschema> Ontwikkelingsperspectief() =>
    [
        Tekst(
            OppStatusCodes.Lijst,
            "Waar een OPP staat: een eerste concept, vastgesteld, met een nieuwe versie in concept, of afgesloten.",
            new Dictionary<OppStatus, string>
            {
                [OppStatus.Concept] = "Er is nog geen vastgestelde versie; de wettelijke termijn van zes weken loopt.",
                [OppStatus.Vastgesteld] = "Er geldt een vastgestelde versie.",
                [OppStatus.InHerziening] = "Er geldt een vastgestelde versie en er is een nieuwe versie in concept.",
                [OppStatus.Afgesloten] = "Het OPP is afgesloten; de versies blijven bewaard.",
            }),
        Tekst(
            OppStapCodes.Lijst,
            "Een stap die u bij een OPP kunt zetten. Een OPP noemt in toegestaneStappen de stappen die u nu mag zetten.",
            // What each step means is written in its row of the lifecycle table.
            OppLevenscyclus.Tabel.Stappen.ToDictionary(s => s.Code, s => s.Betekenis)),
        Tekst(
            VersiestatusCodes.Lijst,
            "Waar een versie van een OPP staat. Alleen een concept kan veranderen.",
            new Dictionary<Versiestatus, string>
            {
                [Versiestatus.Concept] = "De versie waaraan de school werkt.",
                [Versiestatus.Vastgesteld] = "De versie die geldt; zij verandert niet meer.",
                [Versiestatus.Vervangen] = "Een eerder vastgestelde versie; een nieuwere geldt nu.",
            }),
        Tekst(
            UitstroombestemmingCodes.Lijst,
            "De verwachte uitstroombestemming: voor het primair onderwijs het verwachte niveau in het voortgezet onderwijs of een " +
            "uitstroomprofiel van het VSO; voor het VSO een van de drie uitstroomprofielen (OSO-codelijst 32: 1, 2 en 3).",
            new Dictionary<Uitstroombestemming, string>
            {
                [Uitstroombestemming.Praktijkonderwijs] = "Praktijkonderwijs.",
                [Uitstroombestemming.VmboBasis] = "Vmbo, basisberoepsgerichte leerweg.",
                [Uitstroombestemming.VmboKader] = "Vmbo, kaderberoepsgerichte leerweg.",
                [Uitstroombestemming.VmboGemengd] = "Vmbo, gemengde leerweg.",
                [Uitstroombestemming.VmboTheoretisch] = "Vmbo, theoretische leerweg.",
                [Uitstroombestemming.Havo] = "Havo.",
                [Uitstroombestemming.Vwo] = "Vwo.",
                [Uitstroombestemming.Dagbesteding] = "VSO-uitstroomprofiel dagbesteding (OSO-code 1).",
                [Uitstroombestemming.Arbeidsmarkt] = "VSO-uitstroomprofiel arbeidsmarkt (OSO-code 2).",
                [Uitstroombestemming.Vervolgonderwijs] = "VSO-uitstroomprofiel vervolgonderwijs (OSO-code 3).",
            }),
        Tekst(
            DoeltermijnCodes.Lijst,
            "De termijn van een doel in het handelingsdeel.",
            new Dictionary<Doeltermijn, string>
            {
                [Doeltermijn.LangeTermijn] = "Een doel voor de lange termijn, zoals het eind van de schoolperiode.",
                [Doeltermijn.KorteTermijn] = "Een doel voor de korte termijn, zoals de komende periode.",
                [Doeltermijn.Tussendoel] = "Een tussendoel binnen een domein, op weg naar een doel.",
            }),
        Tekst(
            InstemmingswijzeCodes.Lijst,
            "Hoe de ouders hun instemming gaven of weigerden.",
            new Dictionary<Instemmingswijze, string>
            {
                [Instemmingswijze.OpPapier] = "Op papier ondertekend; de school legt het vast.",
                [Instemmingswijze.Digitaal] = "Digitaal buiten het ouderportaal, bijvoorbeeld per e-mail; de school legt het vast.",
                [Instemmingswijze.DigitaalInPortaal] = "Door de ouder zelf in het ouderportaal, aangemeld; met het betrouwbaarheidsniveau van die aanmelding. Alleen het portaal legt deze wijze vast.",
            }),
        Tekst(
            AanleidingCodes.Lijst,
            "Waarom de leerling een OPP krijgt; de termijn van zes weken voor de vaststelling loopt vanaf die dag.",
            new Dictionary<Aanleiding, string>
            {
                [Aanleiding.ExtraOndersteuning] = "De leerling krijgt extra ondersteuning, bijvoorbeeld een arrangement.",
                [Aanleiding.Inschrijving] = "De leerling is ingeschreven in het speciaal basisonderwijs, speciaal onderwijs, voortgezet speciaal onderwijs of praktijkonderwijs.",
            }),
        Tekst(
            RodOnderdeelCodes.Lijst,
            "Welke datum van een OPP een reguliere basisschool in ROD registreert.",
            new Dictionary<RodOnderdeel, string>
            {
                [RodOnderdeel.Begindatum] = "De begindatum: de dag van de eerste vaststelling.",
                [RodOnderdeel.Einddatum] = "De einddatum: de dag waarop het OPP is afgesloten.",
            }),
    ];
}
