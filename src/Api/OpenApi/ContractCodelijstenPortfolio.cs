using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;

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
            CasuistiekCodes.Deelnemersrollen,
            "Een rol waarin iemand aan een netwerkbespreking deelneemt; een bespreking noemt rollen, geen namen.",
            new Dictionary<Deelnemersrol, string>
            {
                [Deelnemersrol.InternBegeleider] = "De intern begeleider van een school die een casus inbrengt.",
                [Deelnemersrol.RegionaalProcesbegeleider] = "De regionaal procesbegeleider van het samenwerkingsverband, die de bespreking leidt.",
                [Deelnemersrol.BeleidsmedewerkerSwv] = "Een beleidsmedewerker van het samenwerkingsverband.",
                [Deelnemersrol.Expert] = "Een expert van het samenwerkingsverband.",
                [Deelnemersrol.Schoolleider] = "Een schoolleider of directeur.",
                [Deelnemersrol.JeugdhulpWijkteam] = "Iemand van de jeugdhulp of het wijkteam.",
                [Deelnemersrol.Anders] = "Een andere deelnemer.",
            }),
        Tekst(
            CasuistiekCodes.Leerjaarbanden,
            "Het leerjaar van een casus, hoogstens als band: een precieze groep kan op een kleine school één kind aanwijzen.",
            new Dictionary<Leerjaarband, string>
            {
                [Leerjaarband.Groep12] = "Groep 1 of 2.",
                [Leerjaarband.Groep34] = "Groep 3 of 4.",
                [Leerjaarband.Groep56] = "Groep 5 of 6.",
                [Leerjaarband.Groep78] = "Groep 7 of 8.",
                [Leerjaarband.VoOnderbouw] = "De onderbouw van het voortgezet onderwijs.",
                [Leerjaarband.VoBovenbouw] = "De bovenbouw van het voortgezet onderwijs.",
            }),
        Tekst(
            CasuistiekCodes.Uitkomstsoorten,
            "De ene uitkomst van een casus in het lokale netwerk.",
            new Dictionary<Uitkomstsoort, string>
            {
                [Uitkomstsoort.DirectAdvies] = "De school kan zelf verder, met een advies (middelen van het bestuur, jeugdhulp of medische ondersteuning, of expertise van cluster 1 of 2).",
                [Uitkomstsoort.InzetExpert] = "Een expert van het samenwerkingsverband op een expertisegebied; de school start de inzet voor een leerling.",
                [Uitkomstsoort.VraagBasisondersteuning] = "Een vraag over de basisondersteuning, met advies over de stap die de school kan zetten.",
            }),
        Tekst(
            CasuistiekCodes.Adviessoorten,
            "Waar een direct advies de school op wijst.",
            new Dictionary<Adviessoort, string>
            {
                [Adviessoort.MiddelenBestuur] = "De middelen extra ondersteuning van het eigen schoolbestuur.",
                [Adviessoort.JeugdhulpOfMedisch] = "Jeugdhulp of medische ondersteuning.",
                [Adviessoort.ExpertiseCluster12] = "Expertise van cluster 1 of 2, eventueel een aanbieder uit het register.",
            }),
        Tekst(
            CasusStatusCodes.Lijst,
            "Waar een casus is: ingebracht, besproken, uitkomst vastgelegd.",
            new Dictionary<CasusStatus, string>
            {
                [CasusStatus.Ingebracht] = "De school heeft de casus ingebracht; de school kan de inbreng nog corrigeren.",
                [CasusStatus.Besproken] = "De casus staat op een netwerkbespreking.",
                [CasusStatus.UitkomstVastgelegd] = "Het samenwerkingsverband heeft de uitkomst vastgelegd.",
            }),
        Tekst(
            CasusStapCodes.Lijst,
            "Een stap in de levensloop van een casus.",
            CasusLevenscyclus.Tabel.Stappen.ToDictionary(s => s.Code, s => s.Betekenis)),
    ];
}
