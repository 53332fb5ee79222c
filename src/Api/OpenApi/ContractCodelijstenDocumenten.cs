using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Documenten;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>The code lists of the pupils' documents.</summary>
internal static partial class ContractCodelijsten
{
    private static IEnumerable<Codelijstschema> Documenten() =>
    [
        Tekst(
            DocumentsoortCodes.Lijst,
            "Het soort document, herkend aan de inhoud (de eerste bytes), niet aan de naam.",
            new Dictionary<Documentsoort, string>
            {
                [Documentsoort.Pdf] = "Een PDF-document (application/pdf).",
                [Documentsoort.Docx] = "Een Word-document zonder macro's (.docx).",
                [Documentsoort.Odt] = "Een tekstdocument van OpenDocument, bijvoorbeeld uit LibreOffice (.odt).",
                [Documentsoort.Png] = "Een PNG-afbeelding.",
                [Documentsoort.Jpeg] = "Een JPEG-foto.",
            }),
        Tekst(
            DocumentherkomstCodes.Lijst,
            "Hoe het document in het dossier kwam.",
            new Dictionary<Documentherkomst, string>
            {
                [Documentherkomst.Upload] = "Iemand heeft het bestand toegevoegd.",
                [Documentherkomst.OsoImport] = "Het was een bijlage van een ingelezen OSO-dossier.",
            }),
        Tekst(
            ZaaksoortCodes.Lijst,
            "Het soort zaak van een leerling: waar een document of een termijn bij hoort.",
            new Dictionary<Zaaksoort, string>
            {
                [Zaaksoort.Arrangement] = "Een arrangement (aanvraag of lopend).",
                [Zaaksoort.Toelaatbaarheidsverklaring] = "Een aanvraag van een toelaatbaarheidsverklaring.",
                [Zaaksoort.Ontwikkelingsperspectiefplan] = "Een ontwikkelingsperspectiefplan (OPP).",
                [Zaaksoort.Thuiszitter] = "Een registratie in het thuiszittersregister (alleen bij termijnen; een document hoort er niet bij).",
                [Zaaksoort.Aanmelding] = "Een aanmelding bij een school (zorgplicht); documenten horen er (nog) niet bij, termijnen wel.",
            }),
    ];
}
