using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Api.Endpoints.Documenten;
using PassendOnderwijs.Application.Ouders.Queries.GeefGedeeldDocument;
using PassendOnderwijs.Application.Ouders.Queries.GeefGedeeldeDocumenten;
using PassendOnderwijs.Application.Ouders;
using PassendOnderwijs.Application.Ouders.Commands.DienBezwaarIn;
using PassendOnderwijs.Application.Ouders.Queries.GeefArrangementenVanKind;
using PassendOnderwijs.Application.Ouders.Queries.GeefBeschikkingVanKind;
using PassendOnderwijs.Application.Ouders.Commands.BeantwoordOppInstemming;
using PassendOnderwijs.Application.Ouders.Commands.GeefVisieOpOpp;
using PassendOnderwijs.Application.Ouders.Inzagen;
using PassendOnderwijs.Application.Ouders.Queries.ExporteerInzagen;
using PassendOnderwijs.Application.Ouders.Queries.GeefInzagen;
using PassendOnderwijs.Application.Ouders.Queries.GeefInzagenPdf;
using PassendOnderwijs.Application.Ouders.Queries.GeefMijnKind;
using PassendOnderwijs.Application.Ouders.Queries.GeefMijnKindOpp;
using PassendOnderwijs.Application.Ouders.Queries.GeefMijnKindOpps;
using PassendOnderwijs.Application.Ouders.Queries.GeefMijnKinderen;
using PassendOnderwijs.Application.Ouders.Queries.GeefTermijnenVanKind;
using PassendOnderwijs.Application.Ouders.Queries.GeefTlvsVanKind;
using PassendOnderwijs.Application.Ouders.Commands.GeefToestemming;
using PassendOnderwijs.Application.Ouders.Commands.TrekToestemmingIn;
using PassendOnderwijs.Application.Ouders.Queries.GeefToestemmingenVanKind;

namespace PassendOnderwijs.Api.Endpoints.Ouderportaal;

/// <summary>
/// The parent portal: what an ouder or verzorger sees of their own children. Only the role ouder reaches these, and an
/// ouder reaches nothing else of the API; which children is the visibility filter's (the school's links).
/// </summary>
internal static class OuderportaalEndpoints
{
    private const string Tag = "Ouderportaal";
    private const string Pad = "/ouderportaal";

    /// <summary>The path of one child; everything the portal shows about a child is under it.</summary>
    public const string KindPad = Pad + "/kinderen/{leerlingId:guid}";

    private const string TlvsPad = KindPad + "/toelaatbaarheidsverklaringen";
    private const string TlvPad = TlvsPad + "/{tlvId:guid}";

    private const string ToestemmingenPad = KindPad + "/toestemmingen";

    public static void MapOuderportaal(this RouteGroupBuilder api)
    {
        api.MapGet(ToestemmingenPad, GeefToestemmingen).WithName("geefToestemmingenVanKind").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "Wie mag meekijken",
            "De toestemmingen die voor uw kind zijn gegeven (door u, een andere ouder, of op papier): wie buiten de school en het " +
            "samenwerkingsverband de gegevens mag zien, waarvoor, sinds wanneer en tot wanneer, en welke zijn ingetrokken. " +
            "mogelijkeOntvangers zijn de mensen en organisaties die nu bij uw kind betrokken zijn en aan wie u toestemming kunt geven.");
        api.MapPost(ToestemmingenPad, GeefToestemming).WithName("geefToestemming").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "Geef toestemming",
            "Voor één persoon (gebruikerId) of één organisatie (aanbiederCode) uit mogelijkeOntvangers, met waarvoor (doel) en eventueel " +
            "de laatste dag (tot). Vanaf nu ziet die de gegevens van uw kind, voor zover die bij uw kind betrokken is. De school krijgt " +
            "een melding. Al toestemming voor dezelfde: 409. 400 noemt elk probleem tegelijk.");
        api.MapDelete(ToestemmingenPad + "/{toestemmingId:guid}", TrekToestemmingIn).WithName("trekToestemmingIn")
            .MetParameter(ContractParameters.LeerlingId).MetParameter(ContractParameters.ToestemmingId).Beschrijf(Tag,
            "Trek een toestemming in",
            "Meteen: vanaf het volgende verzoek ziet de ontvanger uw kind niet meer. De toestemming blijft bewaard als ingetrokken, " +
            "met door wie en wanneer. Al ingetrokken: 409.");
        api.MapGet(Pad + "/kinderen", GeefMijnKinderen).WithName("geefMijnKinderen").Beschrijf(Tag,
            "Uw kinderen",
            "De kinderen die hun school aan uw account koppelde: naam, geboortedatum, school en groep. Alleen voor ouders en verzorgers.");
        api.MapGet(KindPad, GeefMijnKind).WithName("geefMijnKind").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "Eén van uw kinderen", "Een kind dat niet aan uw account gekoppeld is, bestaat voor u niet (404).");
        api.MapGet(TlvsPad, GeefTlvs).WithName("geefTlvsVanKind").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "De toelaatbaarheidsverklaringen van uw kind",
            "In gewone woorden: is uw kind toelaatbaar, tot welke soort school, van wanneer tot en met wanneer, en tot wanneer u " +
            "bezwaar kunt maken. Zolang het besluit niet is bekendgemaakt, ziet u alleen dat de aanvraag loopt.");
        api.MapGet(TlvPad + "/beschikking", GeefBeschikking).WithName("geefBeschikkingVanKind")
            .WithMetadata(new Bestandsantwoord([Documentantwoord.Pdf]))
            .MetParameter(ContractParameters.LeerlingId).MetParameter(ContractParameters.TlvId).Beschrijf(Tag,
                "De beschikking als PDF",
                "Hetzelfde document dat de school kreeg. Vraag met Accept: application/pdf. 409 zolang het besluit niet is bekendgemaakt.");
        api.MapPost(TlvPad + "/bezwaar", DienBezwaarIn).WithName("dienBezwaarIn")
            .MetParameter(ContractParameters.LeerlingId).MetParameter(ContractParameters.TlvId).Beschrijf(Tag,
                "Maak bezwaar tegen een besluit",
                "Schrijf op waarom u het niet eens bent met het besluit. De dag waarop u het verstuurt, is de datum van ontvangst. " +
                "Na de bezwaartermijn kan het nog, maar dan kijkt het samenwerkingsverband eerst of het uw bezwaar toch behandelt. " +
                "Eén bezwaar tegelijk (409 als er al een loopt); zonder bekendgemaakt besluit kan het niet (409).");
        api.MapGet(KindPad + "/arrangementen", GeefArrangementen).WithName("geefArrangementenVanKind").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "De arrangementen van uw kind",
            "In gewone woorden: welke extra ondersteuning, hoeveel, wie die geeft, van wanneer tot en met wanneer, en hoe het ervoor staat.");
        api.MapGet(KindPad + "/termijnen", GeefTermijnen).WithName("geefTermijnenVanKind").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "Termijnen die voor u lopen",
            "Bijvoorbeeld tot wanneer u bezwaar kunt maken, of wanneer de school het OPP met u bespreekt. De eerstvolgende eerst.");
        api.MapGet(KindPad + "/opps", GeefMijnKindOpps).WithName("geefMijnKindOpps").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "De ontwikkelingsperspectiefplannen van uw kind",
            "De plannen die u mag lezen: met een vastgestelde versie, of met een concept dat de school met u deelde voor het overleg.");
        api.MapGet(KindPad + "/opps/{oppId:guid}", GeefMijnKindOpp).WithName("geefMijnKindOpp")
            .MetParameter(ContractParameters.LeerlingId).MetParameter(ContractParameters.OppId).Beschrijf(Tag,
            "Eén plan van uw kind",
            "De versie die geldt en een concept dat de school met u deelde, elk met het handelingsdeel: de doelen, de " +
            "ondersteuning, wie wat doet en wanneer er geëvalueerd wordt. instemmingGevraagd noemt de versie waarop de " +
            "school uw antwoord vraagt.");
        api.MapPost(KindPad + "/opps/{oppId:guid}/instemming", BeantwoordOppInstemming).WithName("beantwoordOppInstemming")
            .MetParameter(ContractParameters.LeerlingId).MetParameter(ContractParameters.OppId).Beschrijf(Tag,
            "Geef uw antwoord op het plan",
            "U stemt in met het handelingsdeel, of niet (dan met uw reden). Stuur de vingerafdruk mee van de versie die u " +
            "las: heeft de school de tekst sindsdien veranderd, dan krijgt u 409 en leest u het plan opnieuw. De school " +
            "ziet uw antwoord meteen, met hoe u was aangemeld.");
        api.MapPost(KindPad + "/opps/{oppId:guid}/visie", GeefVisieOpOpp).WithName("geefVisieOpOpp")
            .MetParameter(ContractParameters.LeerlingId).MetParameter(ContractParameters.OppId).Beschrijf(Tag,
            "Hoe denkt u erover?",
            "Uw visie op wat uw kind nodig heeft: per onderdeel (aandacht en tijd, onderwijsmaterialen, ruimtelijke omgeving, " +
            "expertise, samenwerking met andere instanties) en wat u belangrijk vindt of wat thuis werkt. Elk onderdeel mag leeg " +
            "blijven, maar schrijf er ten minste één. Het komt in het concept dat de school nu maakt, of anders in de volgende " +
            "versie van het plan; de school past uw woorden niet aan. Opnieuw sturen kan: de nieuwste telt. Op een afgesloten plan: 409.");
        api.MapGet(KindPad + "/inzagen", GeefInzagen).WithName("geefInzagen").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "Wie de gegevens van uw kind bekeek of gebruikte",
            "Alles wat het auditlog over uw kind bewaart, het nieuwste eerst, per pagina (cursor, standaard 50, hoogstens 100): wanneer, " +
            "welke gegevens, wat er gebeurde, wie (de rol en de school of het samenwerkingsverband; een gekoppeld systeem met zijn naam) " +
            "en waarom. Niet de naam van de medewerker: zie de README, Ouderportaal. Ook dit bekijken komt in het auditlog.");
        api.MapGet(KindPad + "/inzagen/export", ExporteerInzagen).WithName("exporteerInzagen")
            .WithMetadata(new Bestandsantwoord([CsvTabel.Mediatype, Documentantwoord.Pdf, XlsxTabel.Mediatype]), new Stroomantwoord())
            .MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
                "Wie de gegevens van uw kind bekeek, als bestand",
                "De hele lijst van /inzagen in één bestand, het nieuwste eerst, bijvoorbeeld voor een inzageverzoek (AVG art. 15). " +
                "Vraag met Accept: application/pdf (om te bewaren of te printen: titel, naam van uw kind, wanneer gemaakt, een tabel " +
                "en paginanummers), text/csv (UTF-8 met BOM en ';' tussen de velden, zoals Excel in het Nederlands het opent) of " +
                XlsxTabel.Mediatype + ". Zonder maximum: het bestand wordt geschreven terwijl het log gelezen wordt. Een PDF heeft " +
                "hoogstens 5.000 regels (400 te-lang-voor-pdf: neem dan CSV). Ook dit komt in het auditlog.");
        api.MapGet(KindPad + "/documenten", GeefGedeeldeDocumenten).WithName("geefGedeeldeDocumenten").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "De documenten die de school met u deelde",
            "Naam, soort, grootte en sinds wanneer gedeeld; het laatst gedeelde eerst. Andere documenten uit het dossier ziet u niet.");
        api.MapGet(KindPad + "/documenten/{documentId:guid}", GeefGedeeldDocument).WithName("geefGedeeldDocument")
            .WithMetadata(new Bestandsantwoord(Documentbestand.Antwoordtypen))
            .MetParameter(ContractParameters.LeerlingId).MetParameter(ContractParameters.DocumentId).Beschrijf(Tag,
                "Download een document dat de school met u deelde",
                "Het bestand zelf, als bijlage, met als ETag de SHA-256 van de inhoud. Een document dat niet (meer) gedeeld is: 404.");
    }

    private static Task<Results<Ok<ToestemmingenDto>, ProblemHttpResult>> GeefToestemmingen(Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefToestemmingenVanKindQuery(leerlingId), http, ct);

    private static async Task<Results<Created<ToestemmingDto>, ProblemHttpResult>> GeefToestemming(
        Guid leerlingId, ToestemmingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefToestemmingCommand(leerlingId, v), ct).ConfigureAwait(false))
            .AlsNieuw(http, t => $"{Pad}/kinderen/{leerlingId}/toestemmingen/{t.Id}");

    private static Task<Results<Ok<ToestemmingDto>, ProblemHttpResult>> TrekToestemmingIn(
        Guid leerlingId, Guid toestemmingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new TrekToestemmingInCommand(leerlingId, toestemmingId), http, ct);

    private static Task<Results<Ok<GedeeldeDocumentenDto>, ProblemHttpResult>> GeefGedeeldeDocumenten(
        Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefGedeeldeDocumentenQuery(leerlingId), http, ct);

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> GeefGedeeldDocument(
        Guid leerlingId, Guid documentId, ISender sender, HttpContext http, CancellationToken ct) =>
        DocumentEndpoints.AlsDownload(await sender.Send(new GeefGedeeldDocumentQuery(leerlingId, documentId), ct).ConfigureAwait(false), http);

    private static async Task<Results<Ok<InzagenDto>, ProblemHttpResult>> GeefInzagen(
        Guid leerlingId, [FromQuery] string? cursor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct)
    {
        var uitkomst = await sender.Send(new GeefInzagenQuery(leerlingId, cursor, pageSize), ct).ConfigureAwait(false);
        if (uitkomst.Lukt(out var pagina) && pagina.VolgendeCursor is { } volgende)
        {
            VolgendePagina.ZetLink(http, $"{Pad}/kinderen/{leerlingId}/inzagen", "cursor", volgende);
        }

        return uitkomst.AlsAntwoord(http);
    }

    /// <summary>PDF when the client prefers it; otherwise the list as CSV or XLSX as <see cref="Tabelbestand"/> decides.</summary>
    private static Task<Results<PushStreamHttpResult, FileContentHttpResult, ProblemHttpResult>> ExporteerInzagen(
        Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.PdfOfTabelAsync(
            new GeefInzagenPdfQuery(leerlingId),
            async () => (await sender.Send(new ExporteerInzagenQuery(leerlingId), ct).ConfigureAwait(false)).AlsStroom(e => e.Inzagen, InzagenTabel, http),
            http,
            ct);

    /// <summary>The columns of the ouder's file: the portal's words, the moment in Dutch time; no codes, no ids.</summary>
    private static readonly Tabel<InzageExportRegel> InzagenTabel = new("inzagen",
    [
        new("Wanneer", r => Cel.AlsTijdstip(r.Op)),
        new("Wie", r => Cel.AlsTekst(r.Wie)),
        new("Organisatie", r => Cel.AlsTekst(r.Organisatie)),
        new("Wat", r => Cel.AlsTekst(r.Wat)),
        new("Welke gegevens", r => Cel.AlsTekst(r.Gegevens)),
        new("Waarom", r => Cel.AlsTekst(r.Waarom)),
    ]);

    private static Task<Results<Ok<KindTlvsDto>, ProblemHttpResult>> GeefTlvs(Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefTlvsVanKindQuery(leerlingId), http, ct);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> GeefBeschikking(Guid leerlingId, Guid tlvId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.AlsPdfAsync(new GeefBeschikkingVanKindQuery(leerlingId, tlvId), http, ct);

    private static Task<Results<Ok<KindTlvDto>, ProblemHttpResult>> DienBezwaarIn(
        Guid leerlingId, Guid tlvId, BezwaarVanOuderVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new DienBezwaarInCommand(leerlingId, tlvId, v.Toelichting), http, ct);

    private static Task<Results<Ok<KindArrangementenDto>, ProblemHttpResult>> GeefArrangementen(Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefArrangementenVanKindQuery(leerlingId), http, ct);

    private static Task<Results<Ok<KindTermijnenDto>, ProblemHttpResult>> GeefTermijnen(Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefTermijnenVanKindQuery(leerlingId), http, ct);
    private static Task<Results<Ok<OuderOppsDto>, ProblemHttpResult>> GeefMijnKindOpps(Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefMijnKindOppsQuery(leerlingId), http, ct);

    private static Task<Results<Ok<OuderOppDto>, ProblemHttpResult>> GeefMijnKindOpp(Guid leerlingId, Guid oppId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefMijnKindOppQuery(leerlingId, oppId), http, ct);

    private static Task<Results<Ok<OuderOppDto>, ProblemHttpResult>> BeantwoordOppInstemming(
        Guid leerlingId, Guid oppId, OuderInstemmingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new BeantwoordOppInstemmingCommand(leerlingId, oppId, v.Lees()), http, ct);

    private static Task<Results<Ok<OuderOppDto>, ProblemHttpResult>> GeefVisieOpOpp(
        Guid leerlingId, Guid oppId, OuderVisieVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new GeefVisieOpOppCommand(leerlingId, oppId, v.Lees()), http, ct);

    private static Task<Results<Ok<KindDto>, ProblemHttpResult>> GeefMijnKind(Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefMijnKindQuery(leerlingId), http, ct);

    private static Task<Results<Ok<KinderenDto>, ProblemHttpResult>> GeefMijnKinderen(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefMijnKinderenQuery(), http, ct);
}
