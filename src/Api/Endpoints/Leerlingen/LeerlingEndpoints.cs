using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.Http.Tabeluitvoer;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Common.Tijd;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Application.Ouders;
using PassendOnderwijs.Application.Ouders.Commands.LegToestemmingVast;
using PassendOnderwijs.Application.Ouders.Commands.TrekToestemmingInDoorSchool;
using PassendOnderwijs.Application.Ouders.Commands.NodigOuderUit;
using PassendOnderwijs.Application.Ouders.Commands.OntkoppelOuder;
using PassendOnderwijs.Application.Ouders.Commands.VernieuwOuderActivatiecode;
using PassendOnderwijs.Application.Ouders.Queries.GeefOuder;
using PassendOnderwijs.Application.Ouders.Queries.GeefOuders;
using PassendOnderwijs.Application.Ouders.Queries.GeefToestemmingen;
using PassendOnderwijs.Application.Leerlingen.Commands.BeeindigBetrokkenheid;
using PassendOnderwijs.Application.Leerlingen.Commands.KoppelLasSleutel;
using PassendOnderwijs.Application.Leerlingen.Commands.LegOndersteuningsbehoeftenVast;
using PassendOnderwijs.Application.Leerlingen.Commands.LegPostcodegebiedVast;
using PassendOnderwijs.Application.Leerlingen.Commands.RegistreerLeerling;
using PassendOnderwijs.Application.Leerlingen.Commands.VoegBetrokkeneToe;
using PassendOnderwijs.Application.Leerlingen.Queries.ExporteerLeerlingen;
using PassendOnderwijs.Application.Leerlingen.Queries.GeefBetrokkene;
using PassendOnderwijs.Application.Leerlingen.Queries.GeefBetrokkenen;
using PassendOnderwijs.Application.Leerlingen.Queries.GeefLeerling;
using PassendOnderwijs.Application.Leerlingen.Queries.GeefLeerlingen;
using PassendOnderwijs.Application.Leerlingen.Queries.ZoekLeerlingen;
using PassendOnderwijs.Application.Matching.Queries.GeefPassendeSettingen;
using PassendOnderwijs.Domain.Leerlingen;

namespace PassendOnderwijs.Api.Endpoints.Leerlingen;

/// <summary>
/// Pupils: pseudonymous (never a BSN), visible to school staff of their own vestigingen only, and the experts who may
/// see them (need to know), managed by SWV staff. Every use is audited. The contract's failure responses follow from
/// each message (its access rule, <c>KanFalen</c> and If-Match).
/// </summary>
internal static class LeerlingEndpoints
{
    public const string Pad = "/leerlingen";
    public const string Tag = "Leerlingen";
    private const string LeerlingPad = Pad + "/{leerlingId:guid}";
    private const string ZoekopdrachtenPad = Pad + "/zoekopdrachten";
    private const string BetrokkenenPad = LeerlingPad + "/betrokkenen";
    private const string BetrokkenePad = BetrokkenenPad + "/{betrokkeneId:guid}";
    private const string OudersPad = LeerlingPad + "/ouders";
    private const string OuderPad = OudersPad + "/{ouderId:guid}";

    public static void MapLeerlingen(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, GeefLeerlingen).WithName("geefLeerlingen").MetParameter(ContractParameters.VestigingFilter).Beschrijf(Tag, 
            "De leerlingen die u mag zien",
            "Een medewerker van een school ziet alleen leerlingen van de eigen vestigingen, een expert alleen de leerlingen waarbij hij " +
            "betrokken is. In volgorde van registratie, voor een volledige kopie; pagina's van hoogstens 100 (standaard 25); totaal is " +
            "het aantal leerlingen. Zoeken op naam of geboortedatum gaat met POST /leerlingen/zoekopdrachten: namen en geboortedata " +
            "horen niet in een URL. Elke getoonde leerling komt in het auditlog.");
        api.MapPost(ZoekopdrachtenPad, ZoekLeerlingen).WithName("zoekLeerlingen").Beschrijf(Tag, 
            "Zoek leerlingen op naam en/of geboortedatum",
            "De zoekvraag staat in de body, niet in de URL: namen en geboortedata komen anders in logboeken en browsergeschiedenis. " +
            $"Een deel van de naam (minstens {LeerlingZoekvraag.MinsteTekens} tekens, tenzij er ook een geboortedatum is) en/of de " +
            "geboortedatum, eventueel van één vestiging; alleen leerlingen die u mag zien, op achternaam, voornaam en geboortedatum. " +
            "Pagina's van hoogstens 100 (standaard 25): stuur dezelfde zoekvraag met de volgendeCursor voor de volgende pagina. " +
            "totaal is het aantal gevonden leerlingen. Elke getoonde leerling komt in het auditlog. Niets wordt aangemaakt: het " +
            "antwoord is 200.");
        api.MapGet(Pad + "/export", Exporteer).WithName("exporteerLeerlingen").AlsTabelbestand().MetParameter(ContractParameters.VestigingFilter)
            .Beschrijf(Tag,
            "Exporteer de leerlingen als CSV of Excel",
            "Alle leerlingen van het samenwerkingsverband, of van één vestiging, in één bestand (geen pagina's): naam, " +
            "geboortedatum, vestiging en groep; geen ondersteuningsbehoeften. Zoeken op naam of geboortedatum kan hier " +
            "niet: die zouden in de URL staan. Vraag met Accept: text/csv of " + XlsxTabel.Mediatype +
            ". Boven het maximum (standaard 50.000 regels) 400 te-veel-rijen. Alleen voor SWV-medewerkers; elke leerling in het " +
            "bestand komt in het auditlog (actie exporteren).");
        api.MapPost(Pad, RegistreerLeerling).WithName("registreerLeerling").Beschrijf(Tag, 
            "Registreer een leerling",
            "Naam, geboortedatum, vestiging en groep; nooit een BSN. Een medewerker van een school alleen op de eigen vestigingen (403).");
        api.MapGet(LeerlingPad, GeefLeerling).WithName("geefLeerling").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag, 
            "Eén leerling met haar of zijn ondersteuningsbehoeften");
        api.MapPut(LeerlingPad + "/ondersteuningsbehoeften", LegOndersteuningsbehoeftenVast).WithName("legOndersteuningsbehoeftenVast")
            .MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag, 
                "Vervang de ondersteuningsbehoeften van een leerling",
                "Bevorderende en belemmerende factoren, onderwijsbehoeften op de vijf IVO-velden, en de visie van leerling en ouders. " +
                "Geen diagnoses: die horen hier niet.");
        api.MapGet(LeerlingPad + "/passende-settingen", GeefPassendeSettingen).WithName("geefPassendeSettingen")
            .MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
                "Wat past? Passende settingen voor een leerling, de lichtste eerst",
                "Vergelijkt de niveaus (0–3) van de onderwijsbehoeften op de vijf IVO-velden met het ondersteuningsprofiel van de eigen school, " +
                "met wat de soorten arrangementen van het samenwerkingsverband bieden (beleidsinstellingen), met ambulante begeleiding door " +
                "onderwijsbegeleidingsaanbieders (erkend voor de genoemde expertise, aanbod dat vandaag loopt, werkgebied over het " +
                "samenwerkingsverband of het postcodegebied van de leerling) en met de profielen van de andere scholen. Volgorde: eigen school, " +
                "eigen school met ondersteuning, andere reguliere school, SBO of PrO, SO of VSO (die twee met een TLV); daarbinnen de nabijste " +
                "eerst, dan de grootste gepubliceerde capaciteit; per soort setting de vijf die het best passen (een opmerking noemt hoeveel er " +
                "nog meer zijn). Elke setting heeft een uitleg per veld en wat er ontbreekt. Een advies, geen " +
                "besluit: er verandert niets. Voor SWV-medewerkers en de eigen school; telt als inzage van de leerling. Zonder niveaus bij de " +
                "onderwijsbehoeften 422 behoeften-zonder-niveau.");
        api.MapPut(LeerlingPad + "/postcodegebied", LegPostcodegebiedVast).WithName("legPostcodegebiedVast")
            .MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
                "Leg het postcodegebied van een leerling vast",
                "Alleen de vier cijfers van de postcode (zoals 3811), nooit de hele postcode: meer is voor het zoeken van passende begeleiding " +
                "in het werkgebied van een aanbieder niet nodig. Leeg of null haalt het postcodegebied weg.");
        api.MapPut(LeerlingPad + "/las-sleutel", KoppelLasSleutel).WithName("koppelLasSleutel")
            .MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
                "Leg de eigen leerlingsleutel van het LAS vast",
                "Het LAS zoekt een leerling één keer op (GET /leerlingen) en legt dan zijn eigen sleutel vast, met de ETag van de leerling in If-Match; daarna geven leerlingen, " +
                "arrangementen, toelaatbaarheidsverklaringen en OPP's die sleutel terug (lasSleutel), zodat het LAS nooit meer namen " +
                $"hoeft te vergelijken. Hoogstens {Leerling.MaximaleLengteLasSleutel} tekens op één regel, nooit een BSN of onderwijsnummer. " +
                "Een sleutel hoort bij één leerling per vestiging: heeft een andere leerling hem al, dan 409 las-sleutel-in-gebruik. " +
                "null of leeg haalt de sleutel weg. Een OSO-dossier met een leerlingid legt de sleutel ook vast.");

        api.MapGet(BetrokkenenPad, GeefBetrokkenen).WithName("geefBetrokkenen").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag, 
            "De experts die bij een leerling betrokken zijn of waren",
            "Wie, waarom, tot en met welke dag, en wie het vastlegde en beëindigde; de nieuwste eerst. Een expert ziet een leerling " +
            "alleen zolang die betrokken is (actief), of uitvoerder is van een lopend arrangement van de leerling. Voor SWV-medewerkers.");
        api.MapPost(BetrokkenenPad, VoegBetrokkeneToe).WithName("voegBetrokkeneToe").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag, 
            "Laat een expert een leerling zien, met een reden, tot een datum",
            $"Kies een expert uit GET /experts. De reden is verplicht (hoogstens {Betrokkene.MaximaleLengteReden} tekens); de einddatum " +
            $"ligt niet in het verleden en hoogstens {Betrokkene.MaximaleDuurDagen} dagen vooruit. Na die dag vervalt de toegang vanzelf. " +
            "Is de expert al betrokken, dan 409. Voor SWV-medewerkers.");
        api.MapGet(BetrokkenePad, GeefBetrokkene).WithName("geefBetrokkene").AlsBetrokkene().Beschrijf(Tag, 
            "Eén betrokken expert van een leerling", "Voor SWV-medewerkers.");
        api.MapPost(BetrokkenePad + "/beeindiging", BeeindigBetrokkenheid).WithName("beeindigBetrokkenheid").AlsBetrokkene().Beschrijf(Tag, 
            "Beëindig de toegang van een expert tot een leerling, nu",
            "Vanaf nu ziet de expert de leerling niet meer (tenzij als uitvoerder van een lopend arrangement). Al beëindigd of verlopen: 409. Voor SWV-medewerkers.");
        api.MapOuders();
    }

    private static void MapOuders(this RouteGroupBuilder api)
    {
        api.MapGet(OudersPad, GeefOuders).WithName("geefOuders").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "De ouders en verzorgers van een leerling",
            "Wie de school nu aan de leerling koppelde, met of het account al geactiveerd is. Voor de school van de leerling en SWV-medewerkers; " +
            "elke inzage komt in het auditlog.");
        api.MapPost(OudersPad, NodigOuderUit).WithName("nodigOuderUit").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "Nodig een ouder of verzorger uit voor het ouderportaal",
            "Alleen de school van de leerling. Een nieuwe ouder krijgt een account met een eenmalige activeringscode (7 dagen geldig), die " +
            "alleen in dit antwoord staat: geef hem aan de ouder, die er op /activeren een wachtwoord mee kiest. Heeft de ouder al een " +
            "ouderaccount in het samenwerkingsverband (voor een broer of zus), dan wordt de leerling daaraan gekoppeld, zonder code. " +
            "Een e-mailadres van een account dat geen ouderaccount is: 409. De ouder ziet daarna alleen deze leerling, in het ouderportaal.");
        api.MapGet(OuderPad, GeefOuder).WithName("geefOuder").AlsOuderVanLeerling().Beschrijf(Tag,
            "Eén ouder of verzorger van een leerling", "404 voor een ouder die niet (meer) aan de leerling gekoppeld is.");
        api.MapDelete(OuderPad, OntkoppelOuder).WithName("ontkoppelOuder").AlsOuderVanLeerling().Beschrijf(Tag,
            "Ontkoppel een ouder of verzorger van een leerling",
            "Alleen de school van de leerling. Vanaf nu ziet de ouder deze leerling niet meer; het account en andere kinderen blijven. " +
            "De koppeling blijft bewaard als beëindigd.");
        api.MapGet(LeerlingPad + "/toestemmingen", GeefToestemmingen).WithName("geefToestemmingen").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "De toestemmingen van de ouders voor delen buiten school en samenwerkingsverband",
            "Wie buiten de school en het samenwerkingsverband (een externe expert, een onderwijsbegeleidingsaanbieder) de leerling mag " +
            "zien op grond van welke toestemming, waarvoor, sinds en tot wanneer, en welke zijn ingetrokken, door wie en wanneer. Voor de " +
            "school van de leerling en SWV-medewerkers; elke inzage komt in het auditlog.");
        api.MapPost(LeerlingPad + "/toestemmingen", LegToestemmingVast).WithName("legToestemmingVast").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "Leg een toestemming op papier vast",
            "Alleen de school van de leerling, voor ouders die het ouderportaal niet gebruiken: wie ondertekende (ouderNaam), voor één " +
            "persoon (gebruikerId) of één organisatie (aanbiederCode) uit mogelijkeOntvangers van GET, waarvoor (doel) en eventueel de " +
            "laatste dag (tot). De school bewaart het formulier. Vanaf nu ziet die de leerling, voor zover die bij de leerling betrokken is. " +
            "Al een geldende toestemming voor dezelfde: 409. 400 noemt elk probleem tegelijk.");
        api.MapDelete(LeerlingPad + "/toestemmingen/{toestemmingId:guid}", TrekToestemmingInDoorSchool).WithName("trekToestemmingInDoorSchool")
            .MetParameter(ContractParameters.LeerlingId).MetParameter(ContractParameters.ToestemmingId).Beschrijf(Tag,
            "Trek een toestemming in namens de ouders",
            "Alleen de school van de leerling: een toestemming op papier, of een die een ouder in het ouderportaal gaf en schriftelijk of " +
            "aan de balie intrekt. Meteen: vanaf het volgende verzoek ziet de ontvanger de leerling niet meer. De toestemming blijft " +
            "bewaard als ingetrokken, met door wie en wanneer; de ouders zien dat in het ouderportaal. Al ingetrokken: 409.");
        api.MapPost(OuderPad + "/activatiecode", VernieuwOuderActivatiecode).WithName("vernieuwOuderActivatiecode").AlsOuderVanLeerling().Beschrijf(Tag,
            "Geef een ouder een nieuwe activeringscode",
            "Alleen voor een account dat nog op activering wacht (de eerste code is kwijt of verlopen); de vorige code werkt dan niet meer. " +
            "Een account dat de ouder al gebruikt: 409, want met een code kiest men een nieuw wachtwoord.");
    }

    private static Task<Results<Ok<ToestemmingenDto>, ProblemHttpResult>> GeefToestemmingen(Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefToestemmingenQuery(leerlingId), http, ct);

    private static async Task<Results<Created<ToestemmingDto>, ProblemHttpResult>> LegToestemmingVast(
        Guid leerlingId, ToestemmingOpPapierVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new LegToestemmingVastCommand(leerlingId, v), ct).ConfigureAwait(false))
            .AlsNieuw(http, t => $"{Pad}/{leerlingId}/toestemmingen/{t.Id}");

    private static Task<Results<Ok<ToestemmingDto>, ProblemHttpResult>> TrekToestemmingInDoorSchool(
        Guid leerlingId, Guid toestemmingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new TrekToestemmingInDoorSchoolCommand(leerlingId, toestemmingId), http, ct);

    private static Task<Results<Ok<OudersDto>, ProblemHttpResult>> GeefOuders(Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefOudersQuery(leerlingId), http, ct);

    private static async Task<Results<Created<OuderuitnodigingDto>, ProblemHttpResult>> NodigOuderUit(
        Guid leerlingId, OuderVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new NodigOuderUitCommand(leerlingId, v), ct).ConfigureAwait(false))
            .AlsNieuw(http, u => $"{Pad}/{leerlingId}/ouders/{u.Ouder.Id}");

    private static Task<Results<Ok<OuderDto>, ProblemHttpResult>> GeefOuder(Guid leerlingId, Guid ouderId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefOuderQuery(leerlingId, ouderId), http, ct);

    private static async Task<Results<NoContent, ProblemHttpResult>> OntkoppelOuder(
        Guid leerlingId, Guid ouderId, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new OntkoppelOuderCommand(leerlingId, ouderId), ct).ConfigureAwait(false)).AlsGeenInhoud(http);

    private static Task<Results<Ok<OuderuitnodigingDto>, ProblemHttpResult>> VernieuwOuderActivatiecode(
        Guid leerlingId, Guid ouderId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new VernieuwOuderActivatiecodeCommand(leerlingId, ouderId), http, ct);

    private static RouteHandlerBuilder AlsOuderVanLeerling(this RouteHandlerBuilder builder) => builder
        .MetParameter(ContractParameters.LeerlingId)
        .MetParameter(ContractParameters.OuderId);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Exporteer(
        [FromQuery] string? vestiging, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new ExporteerLeerlingenQuery(vestiging), ct).ConfigureAwait(false))
            .AlsBestand(e => e.Leerlingen, LeerlingTabel.Tabel, http);

    private static async Task<Results<Ok<LeerlingenPaginaDto>, ProblemHttpResult>> GeefLeerlingen(
        [FromQuery] string? vestiging, [FromQuery] string? cursor, [FromQuery] int? pageSize,
        ISender sender, HttpContext http, CancellationToken ct)
    {
        var uitkomst = await sender.Send(new GeefLeerlingenQuery(vestiging, cursor, pageSize), ct).ConfigureAwait(false);
        if (uitkomst.Lukt(out var pagina) && pagina.VolgendeCursor is { } volgende)
        {
            VolgendePagina.ZetLink(http, Pad, "cursor", volgende);
        }

        return uitkomst.AlsAntwoord(http);
    }

    private static Task<Results<Ok<LeerlingenPaginaDto>, ProblemHttpResult>> ZoekLeerlingen(
        LeerlingZoekopdracht v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(v.AlsQuery(), http, ct);

    private static async Task<Results<Created<LeerlingDto>, ProblemHttpResult>> RegistreerLeerling(
        LeerlingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new RegistreerLeerlingCommand(v.Lees()), ct).ConfigureAwait(false)).AlsNieuw(http, l => $"{Pad}/{l.Id}");

    private static Task<Results<Ok<LeerlingDto>, ProblemHttpResult>> GeefLeerling(Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefLeerlingQuery(leerlingId), http, ct);

    private static Task<Results<Ok<PassendeSettingenDto>, ProblemHttpResult>> GeefPassendeSettingen(
        Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefPassendeSettingenQuery(leerlingId), http, ct);

    private static Task<Results<Ok<LeerlingDto>, ProblemHttpResult>> LegOndersteuningsbehoeftenVast(
        Guid leerlingId, OndersteuningsbehoeftenDto v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(
            new LegOndersteuningsbehoeftenVastCommand(leerlingId, Versiebeheer.UitIfMatch(http.Request), OndersteuningsbehoeftenDto.Lees(v)), http, ct);

    private static Task<Results<Ok<LeerlingDto>, ProblemHttpResult>> LegPostcodegebiedVast(
        Guid leerlingId, PostcodegebiedVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new LegPostcodegebiedVastCommand(leerlingId, Versiebeheer.UitIfMatch(http.Request), v.Lees()), http, ct);

    private static Task<Results<Ok<LeerlingDto>, ProblemHttpResult>> KoppelLasSleutel(
        Guid leerlingId, LasSleutelVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new KoppelLasSleutelCommand(leerlingId, Versiebeheer.UitIfMatch(http.Request), v.Lees()), http, ct);

    private static Task<Results<Ok<BetrokkenenDto>, ProblemHttpResult>> GeefBetrokkenen(
        Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefBetrokkenenQuery(leerlingId), http, ct);

    private static async Task<Results<Created<BetrokkeneDto>, ProblemHttpResult>> VoegBetrokkeneToe(
        Guid leerlingId, BetrokkeneVerzoek v, TimeProvider klok, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new VoegBetrokkeneToeCommand(leerlingId, v.Lees(NederlandseTijd.Vandaag(klok))), ct).ConfigureAwait(false))
            .AlsNieuw(http, b => $"{Pad}/{leerlingId}/betrokkenen/{b.Id}");

    private static Task<Results<Ok<BetrokkeneDto>, ProblemHttpResult>> GeefBetrokkene(
        Guid leerlingId, Guid betrokkeneId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefBetrokkeneQuery(leerlingId, betrokkeneId), http, ct);

    private static Task<Results<Ok<BetrokkeneDto>, ProblemHttpResult>> BeeindigBetrokkenheid(
        Guid leerlingId, Guid betrokkeneId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new BeeindigBetrokkenheidCommand(leerlingId, betrokkeneId), http, ct);

    private static RouteHandlerBuilder AlsBetrokkene(this RouteHandlerBuilder builder) => builder
        .MetParameter(ContractParameters.LeerlingId)
        .MetParameter(ContractParameters.BetrokkeneId);
}
