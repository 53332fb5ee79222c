using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Middelen;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>The code lists of the regional portfolio (seed 004) and what each code means.</summary>
internal static partial class ContractCodelijsten
{
    private static IEnumerable<Codelijstschema> Portfolio() =>
    [
        Tekst(
            ExpertisegebiedCodes.Lijst,
            "Een gebied waarop de experts van het samenwerkingsverband scholen ondersteunen; een lokaal netwerk vraagt er een expert voor.",
            new Dictionary<Expertisegebied, string>
            {
                [Expertisegebied.Gedrag] = "Gedrag en sociaal-emotionele ontwikkeling.",
                [Expertisegebied.ZmlCognitie] = "Leerlingen met een (zeer) moeilijk lerend profiel en cognitieve ontwikkeling.",
                [Expertisegebied.Hoogbegaafdheid] = "Hoogbegaafde en meerbegaafde leerlingen.",
                [Expertisegebied.NieuwkomersNt2] = "Nieuwkomers en Nederlands als tweede taal.",
                [Expertisegebied.JongeKind] = "Het jonge kind (groep 1 en 2).",
                [Expertisegebied.HechtingTrauma] = "Hechting en trauma.",
                [Expertisegebied.Orthopedagogiek] = "Orthopedagogische vragen, ook handelingsgerichte diagnostiek.",
            }),
        Tekst(
            FunctieCodes.Lijst,
            "Een taak van een medewerker van het samenwerkingsverband bovenop de rol; die geeft de stappen die alleen bij die taak horen.",
            new Dictionary<Functie, string>
            {
                [Functie.RegionaalProcesbegeleider] = "Zit de casuïstiekbesprekingen van de lokale netwerken voor en koppelt een expert aan de school.",
                [Functie.Beleidsmedewerker] = "Houdt de middelen extra ondersteuning, de samenwerkingsprojecten en de evaluatie van het portfolio bij.",
                [Functie.ManagerOndersteuning] = "Leest als enige de losse antwoorden van de tevredenheidsonderzoeken; stelt het portfolio vast.",
            }),
        Tekst(
            VerdeelsleutelCodes.Lijst,
            "Hoe het samenwerkingsverband de middelen extra ondersteuning van een schoolbestuur verdeelt; de toelichting zegt hoe.",
            new Dictionary<Verdeelsleutel, string>
            {
                [Verdeelsleutel.PerLeerlingOpTeldatum] = "Een bedrag per leerling van de scholen van het bestuur op de teldatum (1 oktober).",
                [Verdeelsleutel.NaarOndersteuningsbehoefte] = "Naar de ondersteuningsbehoefte van de scholen, zoals het aantal leerlingen met een OPP.",
                [Verdeelsleutel.VastBedragPerSchool] = "Een vast bedrag per school van het bestuur.",
                [Verdeelsleutel.Anders] = "Een andere verdeling; de toelichting beschrijft haar.",
            }),
        Tekst(
            VerantwoordingStatusCodes.Lijst,
            "Waar de verantwoording van een schoolbestuur over zijn middelen staat: concept, ingediend, besproken in het bestuursgesprek.",
            new Dictionary<VerantwoordingStatus, string>
            {
                [VerantwoordingStatus.Concept] = "Het bestuur schrijft de verantwoording nog (of corrigeert haar na terugsturen).",
                [VerantwoordingStatus.Ingediend] = "Het bestuur heeft de verantwoording ingediend; het samenwerkingsverband bespreekt haar.",
                [VerantwoordingStatus.Besproken] = "De verantwoording is besproken in het bestuursgesprek; ze verandert niet meer.",
            }),
        Tekst(
            VerantwoordingStapCodes.Lijst,
            "Een stap die u bij een verantwoording kunt zetten. Een verantwoording noemt in toegestaneStappen de stappen die u nu mag zetten.",
            // What each step means is written in its row of the lifecycle table.
            VerantwoordingLevenscyclus.Tabel.Stappen.ToDictionary(s => s.Code, s => s.Betekenis)),
        Tekst(
            VerantwoordingsniveauCodes.Lijst,
            "Waarover een regel van een verantwoording gaat: de hele school of één groep.",
            new Dictionary<Verantwoordingsniveau, string>
            {
                [Verantwoordingsniveau.School] = "De hele school.",
                [Verantwoordingsniveau.Groep] = "Eén groep van de school.",
            }),
    ];
}
