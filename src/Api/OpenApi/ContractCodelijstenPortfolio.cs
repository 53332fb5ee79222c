using PassendOnderwijs.Domain.Beleidsinformatie.Leerlingaantallen;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertboek;
using PassendOnderwijs.Domain.Portfolio.Expertinzet;
using PassendOnderwijs.Domain.Portfolio.Casuistiek;
using PassendOnderwijs.Domain.Portfolio.Middelen;
using PassendOnderwijs.Domain.Portfolio.Tevredenheid;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>The code lists of the regional portfolio (seed 004) and what each code means.</summary>
internal static partial class ContractCodelijsten
{
    private static IEnumerable<Codelijstschema> Portfolio() =>
    [
        Tekst(
            OnderwijsvormCodes.Lijst,
            "Waar de leerlingen van een vestiging meetellen in het deelnamepercentage; volgt uit de soort school.",
            new Dictionary<Onderwijsvorm, string>
            {
                [Onderwijsvorm.Regulier] = "Regulier onderwijs: basisonderwijs, voortgezet onderwijs en praktijkonderwijs.",
                [Onderwijsvorm.Sbo] = "Speciaal basisonderwijs.",
                [Onderwijsvorm.So] = "Speciaal onderwijs en voortgezet speciaal onderwijs.",
            }),
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
            WerkdagCodes.Lijst,
            "Een schooldag waarop een expert kan worden ingezet; een dag is 0,2 fte.",
            new Dictionary<Werkdag, string>
            {
                [Werkdag.Maandag] = "Maandag.",
                [Werkdag.Dinsdag] = "Dinsdag.",
                [Werkdag.Woensdag] = "Woensdag.",
                [Werkdag.Donderdag] = "Donderdag.",
                [Werkdag.Vrijdag] = "Vrijdag.",
            }),
        Tekst(
            ExpertinzetStatusCodes.Lijst,
            "De fase van een inzet van een expert in de HGW-cyclus.",
            new Dictionary<ExpertinzetStatus, string>
            {
                [ExpertinzetStatus.WachtOpExpert] = "De school heeft de inzet gestart; de regionaal procesbegeleider koppelt nog een expert.",
                [ExpertinzetStatus.Voorbereiding] = "De voorbereidende stap: ondersteuningsvraag, verwachtingen en rollen helder maken. De school blijft eigenaar van het proces en van het contact met de ouders.",
                [ExpertinzetStatus.Waarnemen] = "Informatie verzamelen en eerdere interventies evalueren.",
                [ExpertinzetStatus.Begrijpen] = "Onderwijsbehoeften van de leerling en ondersteuningsbehoeften van de school; eventueel handelingsgerichte diagnostiek. De expert deelt een samenvatting.",
                [ExpertinzetStatus.Plannen] = "Het plan van aanpak: doelen, interventies met tijdpad en wie wat doet, en het urenbudget.",
                [ExpertinzetStatus.Realiseren] = "Het plan uitvoeren, volgen op doelen en tijd, en bijstellen.",
                [ExpertinzetStatus.Evaluatie] = "Nagaan of de doelen zijn behaald.",
                [ExpertinzetStatus.Afgesloten] = "De inzet is afgesloten met een resultaat.",
            }),
        Tekst(
            ExpertinzetStapCodes.Lijst,
            "Een stap die u bij een inzet van een expert kunt zetten. Een inzet noemt in toegestaneStappen de stappen die u nu mag zetten.",
            // What each step means is written in its row of the lifecycle table.
            ExpertinzetLevenscyclus.Tabel.Stappen.ToDictionary(s => s.Code, s => s.Betekenis)),
        Tekst(
            InzetresultaatCodes.Lijst,
            "Hoe een inzet van een expert is afgesloten.",
            new Dictionary<Inzetresultaat, string>
            {
                [Inzetresultaat.DoelenBehaald] = "De doelen zijn behaald; de expert geeft een advies aan de school, dat in het netwerk wordt gedeeld.",
                [Inzetresultaat.TerugNaarNetwerk] = "De doelen zijn niet behaald; de casus gaat terug naar het lokaal netwerk.",
                [Inzetresultaat.Verwezen] = "De doelen zijn niet behaald; de leerling is verwezen naar een partner.",
            }),
        Tekst(
            VerwijzingCodes.Lijst,
            "De partner naar wie een leerling is verwezen na een inzet van een expert.",
            new Dictionary<Verwijzing, string>
            {
                [Verwijzing.Jeugdhulp] = "Jeugdhulp.",
                [Verwijzing.Arts] = "Een (jeugd)arts of andere medische zorg.",
                [Verwijzing.Cluster1] = "Cluster 1: onderwijs aan leerlingen met een visuele beperking.",
                [Verwijzing.Cluster2] = "Cluster 2: onderwijs aan leerlingen met een auditieve of communicatieve beperking.",
            }),
        Tekst(
            UractiviteitCodes.Lijst,
            "Wat een expert deed in de uren die hij of zij registreert.",
            new Dictionary<Uractiviteit, string>
            {
                [Uractiviteit.Observatie] = "Observatie van de leerling in de klas.",
                [Uractiviteit.GesprekLeerkrachtIb] = "Gesprek met de leerkracht of de IB'er.",
                [Uractiviteit.GesprekOudersMetSchool] = "Gesprek met de ouders, samen met de school (de school houdt het contact met de ouders).",
                [Uractiviteit.AnalyseDiagnostiek] = "Analyse of handelingsgerichte diagnostiek.",
                [Uractiviteit.Verslag] = "Verslag of samenvatting schrijven.",
                [Uractiviteit.OverlegNetwerk] = "Overleg in het lokaal netwerk.",
                [Uractiviteit.Anders] = "Iets anders; noem het in de notitie.",
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
        Tekst(
            TevredenheidsvraagCodes.Lijst,
            "Een vraag van het tevredenheidsonderzoek na de inzet van een expert; het antwoord is een score van 1 tot en met 5.",
            Enum.GetValues<Tevredenheidsvraag>().ToDictionary(v => v, TevredenheidsvraagCodes.Lijst.Label)),
    ];
}
