using PassendOnderwijs.Domain.Toelaatbaarheidsverklaringen;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>The code lists of toelaatbaarheidsverklaringen and what each code means.</summary>
internal static partial class ContractCodelijsten
{
    private static IEnumerable<Codelijstschema> Toelaatbaarheid() =>
    [
        Tekst(
            TlvStatusCodes.Lijst,
            "Waar een toelaatbaarheidsverklaring staat: aangevraagd, in advisering bij twee deskundigen, besloten, bekendgemaakt, eventueel in bezwaar.",
            new Dictionary<TlvStatus, string>
            {
                [TlvStatus.Aangevraagd] = "De school of het samenwerkingsverband heeft de toelaatbaarheidsverklaring aangevraagd.",
                [TlvStatus.InAdvisering] = "Het samenwerkingsverband heeft deskundigen om advies gevraagd.",
                [TlvStatus.Besloten] = "Er is een besluit, maar het is nog niet naar ouders en school gestuurd.",
                [TlvStatus.Bekendgemaakt] = "Het besluit is verstuurd; het geldt en er kan bezwaar tegen worden gemaakt.",
                [TlvStatus.InBezwaar] = "Er loopt een bezwaar tegen het besluit.",
                [TlvStatus.Herroepen] = "Het besluit is na bezwaar herroepen; de toelaatbaarheidsverklaring geldt niet.",
                [TlvStatus.Ingetrokken] = "De aanvraag is ingetrokken voordat er een besluit was.",
            }),
        Tekst(
            TlvStapCodes.Lijst,
            "Een stap die u bij een toelaatbaarheidsverklaring kunt zetten. Een toelaatbaarheidsverklaring noemt in toegestaneStappen de stappen die u nu mag zetten.",
            // What each step means is written in its row of the lifecycle table.
            TlvLevenscyclus.Tabel.Stappen.ToDictionary(s => s.Code, s => s.Betekenis)),
        Tekst(
            SoortToelaatbaarheidCodes.Lijst,
            "De soort onderwijs waartoe de toelaatbaarheidsverklaring toegang geeft (OSO-codes).",
            new Dictionary<SoortToelaatbaarheid, string>
            {
                [SoortToelaatbaarheid.Sbo] = "Speciaal basisonderwijs.",
                [SoortToelaatbaarheid.So] = "Speciaal onderwijs (cluster 3 en 4).",
                [SoortToelaatbaarheid.Vso] = "Voortgezet speciaal onderwijs (cluster 3 en 4).",
                [SoortToelaatbaarheid.Pro] = "Praktijkonderwijs; alleen een VO-samenwerkingsverband geeft deze af.",
            }),
        Tekst(
            BekostigingscategorieCodes.Lijst,
            "De bekostigingscategorie (OSO-codelijst 31): laag, midden of hoog voor SO en VSO; niet van toepassing voor SBO en PrO.",
            new Dictionary<Bekostigingscategorie, string>
            {
                [Bekostigingscategorie.Laag] = "Categorie laag (1).",
                [Bekostigingscategorie.Midden] = "Categorie midden (2).",
                [Bekostigingscategorie.Hoog] = "Categorie hoog (3).",
                [Bekostigingscategorie.NietVanToepassing] = "Geen categorie: speciaal basisonderwijs of praktijkonderwijs.",
            }),
        Tekst(
            AdviesplekCodes.Lijst,
            "Welk van de twee deskundigenadviezen.",
            new Dictionary<Adviesplek, string>
            {
                [Adviesplek.Eerste] = "Het eerste advies: van een orthopedagoog of psycholoog.",
                [Adviesplek.Tweede] = "Het tweede advies: afhankelijk van de leerling van een psycholoog, pedagoog, orthopedagoog, kinder- en jeugdpsychiater, arts of maatschappelijk werker.",
            }),
        Tekst(
            IndienerCodes.Lijst,
            "Wie bezwaar maakt tegen het besluit.",
            new Dictionary<Indiener, string>
            {
                [Indiener.Ouders] = "De ouders of verzorgers van de leerling.",
                [Indiener.Schoolbestuur] = "Het schoolbestuur dat de toelaatbaarheidsverklaring aanvroeg.",
                [Indiener.AndereBelanghebbende] = "Een andere belanghebbende.",
            }),
        Tekst(
            BezwaarstukCodes.Lijst,
            "Een stuk dat met de adviesaanvraag naar de LBT en de indiener gaat.",
            new Dictionary<Bezwaarstuk, string>
            {
                [Bezwaarstuk.Bezwaarschrift] = "Het bezwaarschrift.",
                [Bezwaarstuk.Verweerschrift] = "Het verweerschrift van het samenwerkingsverband.",
                [Bezwaarstuk.Aanvraag] = "De aanvraag van de toelaatbaarheidsverklaring.",
                [Bezwaarstuk.Deskundigenadviezen] = "Beide deskundigenadviezen.",
                [Bezwaarstuk.Besluit] = "Het besluit waartegen bezwaar is gemaakt.",
                [Bezwaarstuk.ProcedureEnCriteria] = "De procedure en de criteria van het samenwerkingsverband.",
            }),
        Tekst(
            LbtOordeelCodes.Lijst,
            "Het advies van de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT).",
            new Dictionary<LbtOordeel, string>
            {
                [LbtOordeel.Gegrond] = "De LBT vindt het bezwaar gegrond.",
                [LbtOordeel.Ongegrond] = "De LBT vindt het bezwaar ongegrond.",
            }),
        Tekst(
            BezwaarafloopCodes.Lijst,
            "Hoe een bezwaar afliep.",
            new Dictionary<Bezwaarafloop, string>
            {
                [Bezwaarafloop.NietOntvankelijk] = "Het bezwaar is niet inhoudelijk behandeld; het besluit blijft staan.",
                [Bezwaarafloop.Handhaven] = "Het besluit blijft staan.",
                [Bezwaarafloop.Herroepen] = "Het besluit is herroepen.",
                [Bezwaarafloop.Wijzigen] = "Het besluit is gewijzigd.",
            }),
    ];
}
