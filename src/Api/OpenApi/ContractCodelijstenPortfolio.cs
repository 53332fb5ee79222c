using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Domain.Portfolio;
using PassendOnderwijs.Domain.Portfolio.Expertboek;

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
    ];
}
