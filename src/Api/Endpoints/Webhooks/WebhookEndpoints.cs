using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Webhooks.Abonnementen;
using PassendOnderwijs.Application.Webhooks.Commands.BezorgOpnieuw;
using PassendOnderwijs.Application.Webhooks.Commands.MaakAbonnement;
using PassendOnderwijs.Application.Webhooks.Commands.RoteerAbonnementGeheim;
using PassendOnderwijs.Application.Webhooks.Commands.TrekVorigAbonnementGeheimIn;
using PassendOnderwijs.Application.Webhooks.Commands.VerwijderAbonnement;
using PassendOnderwijs.Application.Webhooks.Commands.WijzigAbonnement;
using PassendOnderwijs.Application.Webhooks.Queries.GeefAbonnement;
using PassendOnderwijs.Application.Webhooks.Queries.GeefAbonnementen;
using PassendOnderwijs.Application.Webhooks.Queries.GeefAfleverpogingen;
using PassendOnderwijs.Application.Webhooks.Queries.GeefNotificaties;
using PassendOnderwijs.Application.Webhooks.Queries.GeefNotificatiesoorten;

namespace PassendOnderwijs.Api.Endpoints.Webhooks;

/// <summary>
/// What koppelingen learn of changes: the catalogue, the pull feed, and the webhook abonnementen their SWV's
/// beheerder manages, or a koppeling with webhooks.beheren its own (README, Webhooks and the notification feed). Both
/// routes send the same messages: the beheerder names the koppeling in the path, under /abonnementen the koppeling is
/// the caller itself.
/// </summary>
internal static class WebhookEndpoints
{
    private const string Tag = "Notificaties";
    private const string Notificaties = "/notificaties";
    private const string Abonnementen = "/koppelingen/{clientId}/abonnementen";
    private const string Abonnement = Abonnementen + "/{abonnementId:guid}";
    private const string EigenAbonnementen = "/abonnementen";
    private const string EigenAbonnement = EigenAbonnementen + "/{abonnementId:guid}";
    private const string Eigen =
        " Voor een koppeling met de scope webhooks.beheren, alleen haar eigen abonnementen (van een andere koppeling: 404). Een persoon " +
        "heeft geen eigen abonnementen (403); de beheerder gebruikt /koppelingen/{clientId}/abonnementen.";

    private static readonly ParameterBeschrijving AbonnementId = new(
        "abonnementId", "Het id van het abonnement.", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    private static readonly ParameterBeschrijving AfleveringId = new(
        "afleveringId", "Het id van de aflevering (uit het afleverlog).", Patroon: null, "0197d3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d", Formaat: "uuid");

    private static readonly ParameterBeschrijving Vanaf = new(
        "vanaf", "Het wijzigingenToken uit het vorige antwoord; zonder begint de feed bij de oudste notificatie.", Patroon: null, "AQEU");

    public static void MapWebhooks(this RouteGroupBuilder api)
    {
        api.MapGet("/notificatiesoorten", GeefSoorten).WithName("geefNotificatiesoorten").Beschrijf(Tag,
            "De soorten notificaties die een koppeling kan ontvangen",
            "Per soort het CloudEvents-type, wat het betekent, het pad van de resource (subject) en de scope die een koppeling nodig " +
            "heeft om de notificatie te krijgen. Voor iedereen die is aangemeld.");
        api.MapGet(Notificaties, GeefNotificaties).WithName("geefNotificaties").MetParameter(Vanaf).Beschrijf(Tag,
            "De notificaties voor uw koppeling (de pull-feed)",
            "Dezelfde CloudEvents als de webhooks, oudste eerst: soort, id, bron, subject (de resource, op te halen met het eigen " +
            "token) en tijd, nooit leerlinggegevens. Alleen notificaties over de eigen vestigingen en waarvan de koppeling de scope " +
            "van de resource heeft. Ga verder met vanaf = wijzigingenToken, meteen zolang meerNotificaties true is. Een token dat de " +
            "API niet voor deze feed gaf, is 400. Voor koppelingen met notificaties.lezen.");
        api.MapGet(Abonnementen, GeefAbonnementen).WithName("geefAbonnementen").MetParameter(ContractParameters.ClientId).Beschrijf(Tag,
            "De webhook-abonnementen van een koppeling",
            "Voor de beheerder van het samenwerkingsverband (een koppeling met webhooks.beheren ziet hier alleen zichzelf; de " +
            "eigen abonnementen staan onder /abonnementen); nooit een geheim.");
        api.MapPost(Abonnementen, MaakAbonnement).WithName("maakAbonnement").MetParameter(ContractParameters.ClientId).Beschrijf(Tag,
            "Abonneer een koppeling op notificaties via een webhook",
            "Met een https-URL en de soorten uit /notificatiesoorten. Een URL waarvan de host naar een loopback-, privé-, link-local-, " +
            "metadata-, CGNAT- of multicastadres wijst, is 400 (http alleen naar loopback in een demo- of testomgeving). Het geheim " +
            "(whsec_…, Standard Webhooks) staat alleen in dit antwoord.");
        api.MapGet(Abonnement, GeefAbonnement).WithName("geefAbonnement").MetParameter(ContractParameters.ClientId).MetParameter(AbonnementId)
            .Beschrijf(Tag, "Eén webhook-abonnement", "De ETag is wat een wijziging in If-Match meestuurt.");
        api.MapPut(Abonnement, WijzigAbonnement).WithName("wijzigAbonnement").MetParameter(ContractParameters.ClientId).MetParameter(AbonnementId)
            .Beschrijf(Tag, "Wijzig, pauzeer of hervat een webhook-abonnement",
                "Vervangt url en soorten en zet gepauzeerd aan of uit; tijdens een pauze wachten de afleveringen. If-Match met de ETag " +
                "is verplicht (428 zonder, 412 bij een verouderde versie).");
        api.MapDelete(Abonnement, VerwijderAbonnement).WithName("verwijderAbonnement").MetParameter(ContractParameters.ClientId).MetParameter(AbonnementId)
            .Beschrijf(Tag, "Beëindig een webhook-abonnement", "Wachtende afleveringen en het afleverlog vervallen; de pull-feed blijft.");
        api.MapPost(Abonnement + "/geheimen", RoteerGeheim).WithName("roteerAbonnementGeheim").MetParameter(ContractParameters.ClientId).MetParameter(AbonnementId)
            .Beschrijf(Tag, "Geef een abonnement een nieuw geheim, zonder onderbreking",
                "Het nieuwe geheim tekent vanaf nu; het vorige tekent ook (twee v1-handtekeningen in webhook-signature) tot " +
                "vorigGeheimGeldigTot of tot u het intrekt. Het nieuwe geheim staat alleen in dit antwoord.");
        api.MapDelete(Abonnement + "/geheimen/vorig", TrekVorigGeheimIn).WithName("trekVorigAbonnementGeheimIn").MetParameter(ContractParameters.ClientId).MetParameter(AbonnementId)
            .Beschrijf(Tag, "Trek het vorige geheim in", "Na een rotatie, als de ontvanger het nieuwe geheim gebruikt: alleen het nieuwe tekent nog.");
        api.MapGet(Abonnement + "/afleverpogingen", GeefAfleverpogingen).WithName("geefAfleverpogingen").MetParameter(ContractParameters.ClientId).MetParameter(AbonnementId)
            .Beschrijf(Tag, "Het afleverlog van een abonnement",
                "Elke poging, nieuwste eerst: wanneer, de HTTP-status of de fout, en hoe lang het duurde. Pagina's van hoogstens 100 " +
                "(standaard 25); de volgende pagina met voor = volgendeVoor.");
        api.MapPost(Abonnement + "/afleveringen/{afleveringId:guid}/opnieuw", BezorgOpnieuw).WithName("bezorgOpnieuw")
            .MetParameter(ContractParameters.ClientId).MetParameter(AbonnementId).MetParameter(AfleveringId)
            .Beschrijf(Tag, "Bezorg een aflevering opnieuw",
                "De aflevering wacht weer als nieuw, met dezelfde webhook-id, en krijgt opnieuw 24 uur aan pogingen.");
        api.MapEigenAbonnementen();
    }

    /// <summary>
    /// The same operations for the calling koppeling itself (scope webhooks.beheren), so a LAS can subscribe without
    /// its beheerder; the koppeling is the token's client, never a path parameter.
    /// </summary>
    private static void MapEigenAbonnementen(this RouteGroupBuilder api)
    {
        api.MapGet(EigenAbonnementen, (IHuidigeGebruiker aanroeper, ISender sender, HttpContext http, CancellationToken ct) =>
                GeefAbonnementen(Zelf(aanroeper), sender, http, ct))
            .WithName("geefEigenAbonnementen").Stuurt<GeefAbonnementenQuery>().Beschrijf(Tag, "De eigen webhook-abonnementen van uw koppeling", "Nooit een geheim." + Eigen);
        api.MapPost(EigenAbonnementen, (AbonnementVerzoek v, IHuidigeGebruiker aanroeper, ISender sender, HttpContext http, CancellationToken ct) =>
                MaakAbonnementVoor(Zelf(aanroeper), EigenAbonnementen, v, sender, http, ct))
            .WithName("maakEigenAbonnement").Stuurt<MaakAbonnementCommand>().Beschrijf(Tag, "Abonneer uw koppeling op notificaties via een webhook",
                "Met een https-URL en de soorten uit /notificatiesoorten; u ontvangt alleen notificaties waarvan uw koppeling de scope " +
                "heeft, over de eigen vestigingen. Een URL waarvan de host naar een loopback-, privé-, link-local-, metadata-, CGNAT- " +
                "of multicastadres wijst, is 400. Het geheim (whsec_…, Standard Webhooks) staat alleen in dit antwoord." + Eigen);
        api.MapGet(EigenAbonnement, (Guid abonnementId, IHuidigeGebruiker aanroeper, ISender sender, HttpContext http, CancellationToken ct) =>
                GeefAbonnement(Zelf(aanroeper), abonnementId, sender, http, ct))
            .WithName("geefEigenAbonnement").Stuurt<GeefAbonnementQuery>().MetParameter(AbonnementId)
            .Beschrijf(Tag, "Eén eigen webhook-abonnement", "De ETag is wat een wijziging in If-Match meestuurt." + Eigen);
        api.MapPut(EigenAbonnement, (Guid abonnementId, AbonnementVerzoek v, IHuidigeGebruiker aanroeper, ISender sender, HttpContext http, CancellationToken ct) =>
                WijzigAbonnement(Zelf(aanroeper), abonnementId, v, sender, http, ct))
            .WithName("wijzigEigenAbonnement").Stuurt<WijzigAbonnementCommand>().MetParameter(AbonnementId)
            .Beschrijf(Tag, "Wijzig, pauzeer of hervat een eigen webhook-abonnement",
                "Vervangt url en soorten en zet gepauzeerd aan of uit. If-Match met de ETag is verplicht (428 zonder, 412 bij een " +
                "verouderde versie)." + Eigen);
        api.MapDelete(EigenAbonnement, (Guid abonnementId, IHuidigeGebruiker aanroeper, ISender sender, HttpContext http, CancellationToken ct) =>
                VerwijderAbonnement(Zelf(aanroeper), abonnementId, sender, http, ct))
            .WithName("verwijderEigenAbonnement").Stuurt<VerwijderAbonnementCommand>().MetParameter(AbonnementId)
            .Beschrijf(Tag, "Beëindig een eigen webhook-abonnement", "Wachtende afleveringen en het afleverlog vervallen; de pull-feed blijft." + Eigen);
        api.MapPost(EigenAbonnement + "/geheimen", (Guid abonnementId, IHuidigeGebruiker aanroeper, ISender sender, HttpContext http, CancellationToken ct) =>
                RoteerGeheimVoor(Zelf(aanroeper), EigenAbonnementen, abonnementId, sender, http, ct))
            .WithName("roteerEigenAbonnementGeheim").Stuurt<RoteerAbonnementGeheimCommand>().MetParameter(AbonnementId)
            .Beschrijf(Tag, "Geef een eigen abonnement een nieuw geheim, zonder onderbreking",
                "Het nieuwe geheim tekent vanaf nu; het vorige tekent ook tot vorigGeheimGeldigTot of tot u het intrekt. Het nieuwe " +
                "geheim staat alleen in dit antwoord." + Eigen);
        api.MapDelete(EigenAbonnement + "/geheimen/vorig", (Guid abonnementId, IHuidigeGebruiker aanroeper, ISender sender, HttpContext http, CancellationToken ct) =>
                TrekVorigGeheimIn(Zelf(aanroeper), abonnementId, sender, http, ct))
            .WithName("trekVorigEigenAbonnementGeheimIn").Stuurt<TrekVorigAbonnementGeheimInCommand>().MetParameter(AbonnementId)
            .Beschrijf(Tag, "Trek het vorige geheim van een eigen abonnement in", "Na een rotatie: alleen het nieuwe geheim tekent nog." + Eigen);
        api.MapGet(EigenAbonnement + "/afleverpogingen",
                (Guid abonnementId, [FromQuery] Guid? voor, [FromQuery] int? pageSize, IHuidigeGebruiker aanroeper, ISender sender, HttpContext http, CancellationToken ct) =>
                GeefAfleverpogingen(Zelf(aanroeper), abonnementId, voor, pageSize, sender, http, ct))
            .WithName("geefEigenAfleverpogingen").Stuurt<GeefAfleverpogingenQuery>().MetParameter(AbonnementId)
            .Beschrijf(Tag, "Het afleverlog van een eigen abonnement",
                "Elke poging, nieuwste eerst: wanneer, de HTTP-status of de fout, en hoe lang het duurde. Pagina's van hoogstens 100 " +
                "(standaard 25); de volgende pagina met voor = volgendeVoor." + Eigen);
        api.MapPost(EigenAbonnement + "/afleveringen/{afleveringId:guid}/opnieuw",
                (Guid abonnementId, Guid afleveringId, IHuidigeGebruiker aanroeper, ISender sender, HttpContext http, CancellationToken ct) =>
                BezorgOpnieuw(Zelf(aanroeper), abonnementId, afleveringId, sender, http, ct))
            .WithName("bezorgEigenAfleveringOpnieuw").Stuurt<BezorgOpnieuwCommand>().MetParameter(AbonnementId).MetParameter(AfleveringId)
            .Beschrijf(Tag, "Bezorg een aflevering van een eigen abonnement opnieuw",
                "De aflevering wacht weer als nieuw, met dezelfde webhook-id, en krijgt opnieuw 24 uur aan pogingen." + Eigen);
    }

    /// <summary>The calling koppeling; none for a person (the use case answers 403: a person has no abonnementen of their own).</summary>
    private static string? Zelf(IHuidigeGebruiker aanroeper) => aanroeper.Soort == SoortAanroeper.Client ? aanroeper.Id : null;

    private static Task<Results<Ok<NotificatiesoortenDto>, ProblemHttpResult>> GeefSoorten(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefNotificatiesoortenQuery(), http, ct);

    private static async Task<Results<Ok<NotificatiesDto>, ProblemHttpResult>> GeefNotificaties(
        [FromQuery] string? vanaf, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new GeefNotificatiesQuery(vanaf, pageSize), ct).ConfigureAwait(false))
            .AlsPagina(http, Notificaties, p => p.MeerNotificaties ? p.WijzigingenToken : null, "vanaf");

    private static Task<Results<Ok<AbonnementenDto>, ProblemHttpResult>> GeefAbonnementen(
        string? clientId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefAbonnementenQuery(clientId), http, ct);

    private static Task<Results<Created<NieuwAbonnementDto>, ProblemHttpResult>> MaakAbonnement(
        string clientId, AbonnementVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        MaakAbonnementVoor(clientId, $"/koppelingen/{clientId}/abonnementen", v, sender, http, ct);

    private static async Task<Results<Created<NieuwAbonnementDto>, ProblemHttpResult>> MaakAbonnementVoor(
        string? clientId, string basis, AbonnementVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new MaakAbonnementCommand(clientId, v.Url, v.Soorten), ct).ConfigureAwait(false))
            .AlsNieuw(http, n => $"{basis}/{n.Abonnement.Id}");

    private static Task<Results<Ok<AbonnementDto>, ProblemHttpResult>> GeefAbonnement(
        string? clientId, Guid abonnementId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefAbonnementQuery(clientId, abonnementId), http, ct);

    private static Task<Results<Ok<AbonnementDto>, ProblemHttpResult>> WijzigAbonnement(
        string? clientId, Guid abonnementId, AbonnementVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new WijzigAbonnementCommand(clientId, abonnementId, http.VerwachteVersie(), v.Url, v.Soorten, v.Gepauzeerd ?? false), http, ct);

    private static async Task<Results<NoContent, ProblemHttpResult>> VerwijderAbonnement(
        string? clientId, Guid abonnementId, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new VerwijderAbonnementCommand(clientId, abonnementId), ct).ConfigureAwait(false)).AlsGeenInhoud(http);

    private static Task<Results<Created<NieuwAbonnementGeheimDto>, ProblemHttpResult>> RoteerGeheim(
        string clientId, Guid abonnementId, ISender sender, HttpContext http, CancellationToken ct) =>
        RoteerGeheimVoor(clientId, $"/koppelingen/{clientId}/abonnementen", abonnementId, sender, http, ct);

    private static async Task<Results<Created<NieuwAbonnementGeheimDto>, ProblemHttpResult>> RoteerGeheimVoor(
        string? clientId, string basis, Guid abonnementId, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new RoteerAbonnementGeheimCommand(clientId, abonnementId), ct).ConfigureAwait(false))
            .AlsNieuw(http, g => $"{basis}/{g.AbonnementId}");

    private static Task<Results<Ok<AbonnementDto>, ProblemHttpResult>> TrekVorigGeheimIn(
        string? clientId, Guid abonnementId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new TrekVorigAbonnementGeheimInCommand(clientId, abonnementId), http, ct);

    private static Task<Results<Ok<AfleverpogingenDto>, ProblemHttpResult>> GeefAfleverpogingen(
        string? clientId, Guid abonnementId, [FromQuery] Guid? voor, [FromQuery] int? pageSize, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefAfleverpogingenQuery(clientId, abonnementId, voor, pageSize), http, ct);

    private static Task<Results<Ok<AfleveringDto>, ProblemHttpResult>> BezorgOpnieuw(
        string? clientId, Guid abonnementId, Guid afleveringId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new BezorgOpnieuwCommand(clientId, abonnementId, afleveringId), http, ct);
}
