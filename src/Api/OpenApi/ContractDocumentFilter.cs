using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PassendOnderwijs.Api.OpenApi;

/// <summary>
/// Shapes the document as the NL API Design Rules ask: the server URL carries the major version (so paths are
/// relative to /api/v1), contact details, the /openapi.json resource itself, and the shared Probleem schema.
/// </summary>
internal sealed class ContractDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        swaggerDoc.Info = new OpenApiInfo
        {
            Title = "PassendOnderwijs API",
            Version = ApiOpties.Versie,
            Description =
                "Open API van PassendOnderwijs voor samenwerkingsverbanden passend onderwijs, hun scholen en de " +
                "leerlingadministratiesystemen (LAS) die ermee koppelen: RIO's waardelijst van expertises, het register van " +
                "onderwijsbegeleidingsaanbieders met hun aanbod, het eigen samenwerkingsverband met schoolbesturen en scholen, " +
                "leerlingen met hun ondersteuningsbehoeften, en arrangementen van aanvraag tot evaluatie en einde. Daarnaast " +
                "koppelingen, accounts en het auditlog. LAS-systemen synchroniseren aanbieders en arrangementen met een " +
                "volledige kopie en daarna een wijzigingenfeed. Volgt de NL API Design Rules 2.1.",
            Contact = new OpenApiContact
            {
                Name = "PassendOnderwijs ontwikkelteam",
                Email = "api@passendonderwijs.nl",
                Url = new Uri("https://passendonderwijs.nl/api"),
            },
        };
        swaggerDoc.Servers = [new OpenApiServer { Url = ApiOpties.Basispad, Description = "Deze omgeving" }];

        var paden = new OpenApiPaths();
        foreach (var (pad, item) in swaggerDoc.Paths.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            paden[pad.StartsWith(ApiOpties.Basispad, StringComparison.Ordinal) ? pad[ApiOpties.Basispad.Length..] : pad] = item;
        }

        paden["/openapi.json"] = ContractPad(swaggerDoc);
        swaggerDoc.Paths = paden;

        swaggerDoc.Components ??= new OpenApiComponents();
        swaggerDoc.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        swaggerDoc.Components.Schemas.Remove("ProblemDetails");
        swaggerDoc.Components.Schemas[ProbleemSchema.Naam] = ProbleemSchema.Probleem();
        swaggerDoc.Components.Schemas[ProbleemSchema.FoutNaam] = ProbleemSchema.Fout();
        swaggerDoc.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [Beveiligingsschema.Personen] = Beveiligingsschema.VoorPersonen(),
            [Beveiligingsschema.Koppelingen] = Beveiligingsschema.VoorKoppelingen(),
        };
        swaggerDoc.Components.Headers = ContractHeaders.Componenten();
        swaggerDoc.Tags = new HashSet<OpenApiTag>(
            [
                new OpenApiTag { Name = "Expertises", Description = "RIO's waardelijst van expertises, per leerjaar." },
                new OpenApiTag { Name = "Identiteit", Description = "Wie de aanroeper is." },
                new OpenApiTag { Name = "Koppelingen", Description = "Machine-clients (LAS, partners) van een samenwerkingsverband, beheerd door de SWV-beheerder." },
                new OpenApiTag
                {
                    Name = "Notificaties",
                    Description = "Wat koppelingen horen over veranderingen: de soorten, de pull-feed en webhooks (Standard Webhooks, CloudEvents), zonder leerlinggegevens.",
                },
                new OpenApiTag { Name = "Gebruikers", Description = "Accounts van personen in een samenwerkingsverband, beheerd door de SWV-beheerder." },
                new OpenApiTag { Name = "Audit", Description = "Het auditlog: wie welke gegevens wanneer, van waar en waarvoor heeft gebruikt. Alleen lezen en exporteren." },
                new OpenApiTag
                {
                    Name = "Begeleidingsaanbod",
                    Description = "Het register van onderwijsbegeleidingsaanbieders en hun aanbod; voor LAS-systemen met volledige synchronisatie en een wijzigingenfeed.",
                },
                new OpenApiTag
                {
                    Name = "Platform",
                    Description = "De samenwerkingsverbanden als tenants van deze installatie, beheerd door de platform-beheerder: status en gebruik, nooit leerlinggegevens.",
                },
                new OpenApiTag { Name = "Organisaties", Description = "Het eigen samenwerkingsverband: indeling, schoolbesturen en scholen met hun ondersteuningsprofiel." },
                new OpenApiTag
                {
                    Name = "Dossiers",
                    Description = "Het OSO-dossier dat het LAS van een school aan het samenwerkingsverband overdraagt: gecontroleerd, overgenomen in de gegevens van de leerling en beantwoord met een verslag.",
                },
                new OpenApiTag
                {
                    Name = "Portfolio",
                    Description = "Het regionale portfolio van extra ondersteuning: het expertboek en het aanbod per regio.",
                },
                new OpenApiTag
                {
                    Name = "Beleidsinformatie",
                    Description = "Cijfers per schooljaar voor het beleid van het samenwerkingsverband: arrangementen, TLV's, OPP's, doorlooptijden en de uren van experts. Alleen aantallen; kleine aantallen alleen binnen het bureau.",
                },
                new OpenApiTag
                {
                    Name = "Casuistiek",
                    Description = "De lokale netwerken: netwerkbesprekingen en anonieme casussen van scholen met hun ene uitkomst. Geen naam, geboortedatum of BSN.",
                },
                new OpenApiTag
                {
                    Name = "Middelen extra ondersteuning",
                    Description = "De middelen extra ondersteuning per schoolbestuur en kalenderjaar, en de verantwoording van het bestuur achteraf (regionaal portfolio).",
                },
                new OpenApiTag
                {
                    Name = "Tevredenheid",
                    Description = "Het tevredenheidsonderzoek dat de school krijgt als een inzet van een expert is afgesloten, en de uitslag per expert, expertisegebied en regio.",
                },
                new OpenApiTag { Name = "Samenwerkingsprojecten", Description = "De samenwerkingsprojecten per regio: een projectplan met begroting vóór het jaar en een jaarlijkse evaluatie." },
                new OpenApiTag { Name = "Deskundigen", Description = "Het register van deskundigen die advies geven over een toelaatbaarheidsverklaring, bijgehouden door het samenwerkingsverband." },
                new OpenApiTag
                {
                    Name = "Beleid",
                    Description = "De beleidsinstellingen van het samenwerkingsverband (termijnen, drempels, naam en adres op documenten), in versies die ingaan op hun datum.",
                },
                new OpenApiTag
                {
                    Name = "Beleidsinformatie",
                    Description = "Cijfers voor het beleid van het samenwerkingsverband: leerlingaantallen per teldatum en het deelnamepercentage regulier onderwijs. Buiten het bureau altijd met kleine aantallen verborgen.",
                },
                new OpenApiTag { Name = "Leerlingen", Description = "Leerlingen (nooit een BSN) en hun ondersteuningsbehoeften; scholen zien alleen hun eigen leerlingen." },
                new OpenApiTag
                {
                    Name = "Ouderportaal",
                    Description = "Voor ouders en verzorgers: alleen hun eigen kinderen, die de school aan hun account koppelde. Elke inzage komt in het auditlog van het kind.",
                },
                new OpenApiTag
                {
                    Name = "Termijnen",
                    Description = "De termijnen van passend onderwijs die het product bewaakt (wet en beleid), en per zaak welke lopen, bijna aflopen, verlopen of afgerond zijn.",
                },
                new OpenApiTag { Name = "Documenten", Description = "Het dossier van een leerling: PDF, Word, OpenDocument-tekst, PNG en JPEG, herkend aan de inhoud, hoogstens 10 MB; elke upload en download komt in het auditlog." },
                new OpenApiTag
                {
                    Name = "Arrangementen",
                    Description = "Aanvragen, besluiten, uitvoeren en evalueren van arrangementen; voor LAS-systemen met volledige synchronisatie en een wijzigingenfeed.",
                },
                new OpenApiTag
                {
                    Name = "Toelaatbaarheidsverklaringen",
                    Description = "Aanvraag, twee deskundigenadviezen, besluit met beschikking (PDF), bekendmaking, bezwaar met de LBT, inschrijving en herindicatie.",
                },
                new OpenApiTag
                {
                    Name = "Ontwikkelingsperspectiefplannen",
                    Description = "Het OPP van een leerling in versies: concept, overleg met de ouders, hoorrecht, instemming met het handelingsdeel, vaststelling, evaluatie en ROD.",
                },
                new OpenApiTag
                {
                    Name = "Aanmeldingen",
                    Description = "Schriftelijke aanmeldingen bij een school en de zorgplicht: besluit binnen zes weken (eenmaal vier weken verlengen), toegelaten, elders toegelaten, niet toegelaten of vol, intrekking; het samenwerkingsverband bewaakt de open zaken.",
                },
                new OpenApiTag
                {
                    Name = "Zoeken",
                    Description = "Eén zoekvak voor medewerkers: leerlingen, arrangementen en aanbieders; de zoekterm staat in de body, nooit in een URL.",
                },
                new OpenApiTag
                {
                    Name = "Meldingen",
                    Description = "Uw eigen meldingen: wat er gebeurde bij zaken waarbij u betrokken bent, zonder leerlinggegevens, en welke u wilt krijgen (in de app, per e-mail).",
                },
                new OpenApiTag
                {
                    Name = "Expertinzet",
                    Description = "De inzet van een expert van het samenwerkingsverband voor een leerling, langs de HGW-cyclus: fasen met notities, plan van aanpak met urenbudget, urenregistratie en afsluiting (regionaal portfolio).",
                },
                new OpenApiTag
                {
                    Name = "Thuiszitters",
                    Description = "Het thuiszittersregister van het samenwerkingsverband: absoluut en langdurig relatief verzuim en vrijstellingen, met plan, terugkeer binnen 3 maanden en de telling per peildatum.",
                },
                new OpenApiTag { Name = "Contract", Description = "Dit OpenAPI-document." },
            ]);
    }

    private static OpenApiPathItem ContractPad(OpenApiDocument document)
    {
        var antwoord = new OpenApiResponse
        {
            Description = "Het OpenAPI-document van deze API.",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                [ContractHeaders.ApiVersie] = ContractHeaders.ApiVersieHeader(),
                [ContractHeaders.RateLimitPolicy] = ContractHeaders.Referentie(ContractHeaders.RateLimitPolicy, document),
                [ContractHeaders.RateLimit] = ContractHeaders.Referentie(ContractHeaders.RateLimit, document),
                ["access-control-allow-origin"] = new OpenApiHeader
                {
                    Description = "Het contract is openbaar: elke herkomst mag het lezen.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Examples = [JsonValue.Create("*")] },
                },
            },
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/json"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.Object } },
            },
        };
        return new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new()
                {
                    OperationId = "geefContract",
                    Summary = "Het OpenAPI-document van deze API",
                    Description = "Zonder authenticatie op te vragen, ook vanuit andere herkomsten (CORS).",
                    Tags = new HashSet<OpenApiTagReference> { new("Contract") },
                    Responses = new OpenApiResponses
                    {
                        ["200"] = antwoord,
                        ["429"] = new OpenApiResponse
                        {
                            Description = "Te veel verzoeken in dit venster; probeer het na Retry-After seconden opnieuw.",
                            Headers = new Dictionary<string, IOpenApiHeader>
                            {
                                [ContractHeaders.RetryAfter] = ContractHeaders.Referentie(ContractHeaders.RetryAfter, document),
                                [ContractHeaders.RateLimitPolicy] = ContractHeaders.Referentie(ContractHeaders.RateLimitPolicy, document),
                                [ContractHeaders.RateLimit] = ContractHeaders.Referentie(ContractHeaders.RateLimit, document),
                            },
                            Content = new Dictionary<string, IOpenApiMediaType>
                            {
                                ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProbleemSchema.Naam, document) },
                            },
                        },
                    },
                },
            },
        };
    }
}
