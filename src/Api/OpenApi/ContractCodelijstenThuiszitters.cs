using PassendOnderwijs.Domain.Thuiszitters;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>The code lists of the thuiszitters register and what each code means.</summary>
internal static partial class ContractCodelijsten
{
    private static IEnumerable<Codelijstschema> Thuiszitters() =>
    [
        Tekst(
            VerzuimsoortCodes.Lijst,
            "Wat een registratie in het thuiszittersregister is: een van de twee soorten thuiszitter, of een vrijstelling.",
            new Dictionary<Verzuimsoort, string>
            {
                [Verzuimsoort.AbsoluutVerzuim] = "Leerplichtig en bij geen enkele school ingeschreven; een thuiszitter vanaf de eerste dag.",
                [Verzuimsoort.LangdurigRelatiefVerzuim] = "Ingeschreven, maar 4 weken of langer afwezig zonder vrijstelling; pas vanaf 4 weken een thuiszitter.",
                [Verzuimsoort.Vrijstelling] = "Vrijgesteld van de leerplicht; staat in het register maar telt niet als thuiszitter.",
            }),
        Tekst(
            ThuiszitredenCodes.Lijst,
            "Waarom de leerling thuis zit.",
            new Dictionary<Thuiszitreden, string>
            {
                [Thuiszitreden.GeenPassendAanbod] = "Er is geen passend onderwijsaanbod voor de leerling.",
                [Thuiszitreden.WachtenOpPlek] = "De leerling wacht op een plek op een school.",
                [Thuiszitreden.ZiektePsychisch] = "Ziekte of psychische klachten.",
                [Thuiszitreden.Schoolweigering] = "De leerling weigert naar school te gaan.",
                [Thuiszitreden.OnvoldoendeOndersteuning] = "De school kan niet genoeg ondersteuning bieden.",
                [Thuiszitreden.Anders] = "Een andere reden.",
            }),
        Tekst(
            VrijstellingsgrondCodes.Lijst,
            "Het artikel van de Leerplichtwet waarop een vrijstelling rust.",
            new Dictionary<Vrijstellingsgrond, string>
            {
                [Vrijstellingsgrond.Artikel5OnderA] = "Artikel 5 onder a: lichamelijk of psychisch niet geschikt om tot een school te worden toegelaten.",
                [Vrijstellingsgrond.Artikel5OnderB] = "Artikel 5 onder b: overwegende bedenkingen tegen de richting van het onderwijs op de scholen in de buurt.",
                [Vrijstellingsgrond.Artikel5a] = "Artikel 5a: niet in staat om volledig dagonderwijs te volgen.",
                [Vrijstellingsgrond.Artikel15] = "Artikel 15: vrijstelling om een andere reden, zoals onderwijs buiten Nederland.",
            }),
        Tekst(
            BeeindigingsredenCodes.Lijst,
            "Waarom een registratie eindigt zonder terugkeer naar school.",
            new Dictionary<Beeindigingsreden, string>
            {
                [Beeindigingsreden.Verhuisd] = "Het gezin is verhuisd buiten het samenwerkingsverband.",
                [Beeindigingsreden.NietMeerLeerplichtig] = "De leerling is niet meer leerplichtig of kwalificatieplichtig.",
                [Beeindigingsreden.VrijstellingVerleend] = "De leerling heeft een vrijstelling gekregen (registreer die apart).",
                [Beeindigingsreden.Anders] = "Een andere reden; de toelichting zegt welke.",
            }),
        Tekst(
            ThuiszitterStatusCodes.Lijst,
            "Waar een registratie in het thuiszittersregister staat.",
            new Dictionary<ThuiszitterStatus, string>
            {
                [ThuiszitterStatus.Open] = "De leerling zit (nog) thuis.",
                [ThuiszitterStatus.Teruggekeerd] = "De leerling is terug op school of in een andere bestemming.",
                [ThuiszitterStatus.Beeindigd] = "De registratie is beëindigd zonder terugkeer.",
            }),
        Tekst(
            ThuiszitterStapCodes.Lijst,
            "Een stap die u bij een registratie kunt zetten. Een registratie noemt in toegestaneStappen de stappen die u nu mag zetten.",
            // What each step means is written in its row of the lifecycle table.
            ThuiszitterLevenscyclus.Tabel.Stappen.ToDictionary(s => s.Code, s => s.Betekenis)),
    ];
}
