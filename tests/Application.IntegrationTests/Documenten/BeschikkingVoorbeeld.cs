using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Beschikking;

namespace PassendOnderwijs.Application.IntegrationTests.Documenten;

/// <summary>A beschikking as the TLV use case would fill it: toelaatbaar for SO, categorie laag, two years.</summary>
internal static class BeschikkingVoorbeeld
{
    public static BeschikkingInhoud Toelaatbaar() => new(
        SwvNaam: "Passend Onderwijs Eemland",
        SwvCode: "PO2705",
        SwvPostadres: "Postbus 123\n3800 AC Amersfoort",
        Beschikkingsnummer: "TLV-2027-0042",
        Besluitdatum: new DateOnly(2027, 3, 14),
        LeerlingNaam: "Sanne de Vries",
        LeerlingGeboortedatum: new DateOnly(2016, 5, 3),
        Toelaatbaar: true,
        Soort: "Speciaal onderwijs (SO)",
        Categorie: "Categorie laag",
        Ingangsdatum: new DateOnly(2027, 8, 1),
        Einddatum: new DateOnly(2029, 7, 31),
        Motivering: "Sanne heeft meer structuur en begeleiding nodig dan de basisschool kan bieden.\n" +
            "Beide deskundigen adviseren speciaal onderwijs.",
        Adviezen:
        [
            new AdviesInBeschikking("Orthopedagoog", "drs. M. Jansen", new DateOnly(2027, 3, 2), true,
                "Sanne heeft een kleine groep en een vaste structuur nodig."),
            new AdviesInBeschikking("Kinder- en jeugdpsychiater", "dr. P. Bakker", new DateOnly(2027, 3, 9), true,
                "Het speciaal onderwijs past bij wat Sanne nodig heeft."),
        ]);
}
