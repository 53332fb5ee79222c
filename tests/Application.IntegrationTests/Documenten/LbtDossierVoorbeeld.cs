using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Lbtdossier;

namespace PassendOnderwijs.Application.IntegrationTests.Documenten;

/// <summary>The dossier of a bezwaar by the ouders against a TLV for SO, as the use case would fill it.</summary>
internal static class LbtDossierVoorbeeld
{
    public static LbtDossierInhoud Bezwaar() => new(
        SwvNaam: "Passend Onderwijs Eemland",
        SwvCode: "PO2705",
        LeerlingNaam: "Sanne de Vries",
        LeerlingGeboortedatum: new DateOnly(2016, 5, 3),
        Beschikkingsnummer: "TLV-2027-0042",
        Bezwaar: new BezwaarInDossier(
            Indiener: "Ouders of verzorgers",
            IndienerNaam: "Familie De Vries",
            OntvangenOp: new DateOnly(2027, 4, 2),
            BekendgemaaktOp: new DateOnly(2027, 3, 15),
            EindeBezwaartermijn: new DateOnly(2027, 4, 26),
            TeLaat: false,
            Verschoning: null,
            LbtAdviesaanvraagUiterlijk: new DateOnly(2027, 4, 16),
            LbtGevraagdOp: null,
            BeslissenUiterlijk: new DateOnly(2027, 7, 19),
            Verdaging: null),
        Aanvraag: new AanvraagInDossier(
            Gevraagd: "Speciaal onderwijs (SO), categorie midden, bij De Brug",
            AangevraagdOp: new DateOnly(2027, 2, 1),
            AanvragendeVestiging: "12AB00",
            BeoogdeSchool: "De Brug",
            BeoogdeVestiging: "34CD00",
            BeoogdeSchoolInSamenwerkingsverband: true,
            Ingangsdatum: new DateOnly(2027, 8, 1),
            Einddatum: null,
            Onderwijsbehoeften:
            [
                new IvoVeldInDossier("Aandacht en tijd", "Een kleine groep met een vaste leerkracht."),
                new IvoVeldInDossier("Onderwijsmaterialen", null),
                new IvoVeldInDossier("Ruimtelijke omgeving", "Een prikkelarme werkplek."),
                new IvoVeldInDossier("Expertise", null),
                new IvoVeldInDossier("Samenwerking met andere instanties", null),
            ],
            Basisondersteuning: "Verlengde instructie en een eigen werkplek.",
            ExtraOndersteuning: "Een jaar een arrangement met een ambulant begeleider.",
            Arrangementen: 1,
            VisieOuders: "De ouders willen een school dichter bij huis.",
            VisieLeerling: "Sanne wil bij haar vriendinnen blijven."),
        Adviezen:
        [
            Advies("Eerste deskundige", "drs. M. Jansen", "Orthopedagoog", "NVO 12345", new DateOnly(2027, 3, 2)),
            Advies("Tweede deskundige", "dr. P. Bakker", "Kinder- en jeugdpsychiater", null, new DateOnly(2027, 3, 9)),
        ],
        Besluit: new BesluitInDossier(
            Toelaatbaar: true,
            Soort: "Speciaal onderwijs (SO)",
            Categorie: "Categorie laag",
            Ingangsdatum: new DateOnly(2027, 8, 1),
            Einddatum: new DateOnly(2029, 7, 31),
            RedenAfwijkendeDuur: null,
            Besluitdatum: new DateOnly(2027, 3, 14),
            Motivering: "Sanne heeft meer structuur nodig dan de basisschool kan bieden.",
            AfwijkingVanAdvies: "De deskundigen adviseerden categorie midden; de beoogde school biedt dit in categorie laag."),
        ProcedureEnCriteria: "Een leerling is toelaatbaar als de basisondersteuning en de extra ondersteuning onvoldoende zijn.\n" +
            "De commissie van toewijzing beslist binnen zes weken.");

    private static AdviesInDossier Advies(string plek, string naam, string discipline, string? registratie, DateOnly datum) => new(
        plek, naam, discipline, "Praktijk De Linde", registratie, datum, true, "Speciaal onderwijs (SO)", "Categorie midden",
        new DateOnly(2029, 7, 31),
        $"{naam}: Sanne heeft een kleine groep nodig.",
        $"{naam}: De reguliere school kan dat niet bieden.",
        $"{naam}: De Brug biedt dat.");
}
