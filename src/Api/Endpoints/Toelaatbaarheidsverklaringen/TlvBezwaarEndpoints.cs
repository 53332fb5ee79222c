using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.BeslisOpBezwaar;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.BevestigInschrijving;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.LegHoorzittingVast;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.LegLbtAdviesVast;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.OntvangBezwaar;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VerdaagBeslistermijn;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VerklaarBezwaarNietOntvankelijk;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VerschoonTermijnoverschrijding;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Commands.VraagLbtAdvies;
using PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefLbtDossier;

namespace PassendOnderwijs.Api.Endpoints.Toelaatbaarheidsverklaringen;

/// <summary>
/// The bezwaar against a TLV decision (Awb, with the LBT as advisory committee) and the receiving school's enrolment.
/// Every term is in the TLV: bezwaar within six weeks after bekendmaking, the LBT asked within 14 days of receipt, the
/// beslissing op bezwaar within twelve weeks after the bezwaar term, once six more.
/// </summary>
internal static class TlvBezwaarEndpoints
{
    private const string Bezwaar = TlvEndpoints.Stap + "/bezwaar";

    public static void MapTlvBezwaar(this RouteGroupBuilder api)
    {
        api.MapPost(Bezwaar, Ontvang).WithName("ontvangBezwaar").AlsTlv(
            "Registreer een ontvangen bezwaar",
            "Wie bezwaar maakt (ouders, het schoolbestuur dat aanvroeg of een andere belanghebbende) en wanneer het bezwaarschrift " +
            "binnenkwam. Na de bezwaartermijn staat teLaat op true: verklaar het dan niet-ontvankelijk of leg vast waarom de " +
            "termijnoverschrijding verschoonbaar is. Na een beslissing op bezwaar staat alleen beroep bij de rechter open (409).");
        api.MapPost(Bezwaar + "/verschoning", Verschoon).WithName("verschoonTermijnoverschrijding").AlsTlv(
            "Leg vast waarom een te laat bezwaar toch in behandeling gaat", "Alleen bij een bezwaar dat te laat binnenkwam.");
        api.MapPost(Bezwaar + "/niet-ontvankelijk", NietOntvankelijk).WithName("verklaarBezwaarNietOntvankelijk").AlsTlv(
            "Verklaar het bezwaar niet-ontvankelijk", "Met de reden en de datum; het besluit blijft staan. Voordat de LBT adviseerde.");
        api.MapPost(Bezwaar + "/lbt-adviesaanvraag", VraagLbtAdvies).WithName("vraagLbtAdvies").AlsTlv(
            "Leg vast dat de stukken naar de LBT zijn gestuurd",
            "Het bezwaarschrift, het verweerschrift, de aanvraag, beide deskundigenadviezen, het besluit en de procedure en criteria " +
            "van het samenwerkingsverband gaan naar de LBT en de indiener, binnen 14 dagen na ontvangst van het bezwaar. Alle " +
            "stukken zijn nodig (400 noemt wat ontbreekt).");
        api.MapGet(Bezwaar + "/lbt-dossier", GeefLbtDossier).WithName("geefLbtDossier")
            .WithMetadata(new Bestandsantwoord([Documentantwoord.Pdf]))
            .AlsTlv(
                "Het dossier voor de LBT als één PDF",
                "De stukken bij het lopende bezwaar, samengesteld uit het dossier van de toelaatbaarheidsverklaring: een eerste pagina " +
                "met samenwerkingsverband, leerling, beschikkingsnummer, het bezwaar, de termijnen en de inhoud; daarna elk op een " +
                "nieuwe pagina de aanvraag, beide deskundigenadviezen volledig, het besluit en de procedure en criteria van het " +
                "samenwerkingsverband (uit de beleidsinstellingen die golden op de besluitdatum). Het bezwaarschrift en het " +
                "verweerschrift bewaart de applicatie niet: de inhoud noemt ze als apart aan te leveren. Vraag met Accept: " +
                "application/pdf. Dezelfde versie geeft steeds dezelfde bytes (de ETag is de versie). 409 als er geen bezwaar loopt. " +
                "Voor SWV-medewerkers; elke download komt in het auditlog.");
        api.MapPost(Bezwaar + "/hoorzitting", Hoorzitting).WithName("legHoorzittingVast").AlsTlv(
            "Leg de hoorzitting vast", "Na de adviesaanvraag aan de LBT en voor haar advies.");
        api.MapPost(Bezwaar + "/lbt-advies", LbtAdvies).WithName("legLbtAdviesVast").AlsTlv(
            "Leg het advies van de LBT vast", "Gegrond of ongegrond, met de datum.");
        api.MapPost(Bezwaar + "/verdaging", Verdaag).WithName("verdaagBeslistermijn").AlsTlv(
            "Verdaag de beslistermijn", "Eén keer, met zes weken, met de reden (een tweede keer geeft 409).");
        api.MapPost(Bezwaar + "/beslissing", Beslis).WithName("beslisOpBezwaar").AlsTlv(
            "Beslis op het bezwaar",
            "Na het advies van de LBT: handhaven, herroepen of wijzigen (met het gewijzigde besluit). Altijd met motivering; " +
            "wijkt de beslissing af van het advies van de LBT, dan zegt afwijkingVanLbtAdvies waarom.");
        api.MapPost(TlvEndpoints.Stap + "/inschrijving", BevestigInschrijving).WithName("bevestigInschrijving").AlsTlv(
            "Bevestig de inschrijving op deze toelaatbaarheidsverklaring",
            "Door de ontvangende school of het samenwerkingsverband, met de datum van inschrijving binnen de looptijd.");
    }

    private static Task<Results<Ok<TlvDto>, ProblemHttpResult>> Ontvang(Guid tlvId, BezwaarVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new OntvangBezwaarCommand(tlvId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<TlvDto>, ProblemHttpResult>> Verschoon(Guid tlvId, RedenVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new VerschoonTermijnoverschrijdingCommand(tlvId, http.VerwachteVersie(), v.Reden), http, ct);

    private static Task<Results<Ok<TlvDto>, ProblemHttpResult>> NietOntvankelijk(
        Guid tlvId, NietOntvankelijkVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new VerklaarBezwaarNietOntvankelijkCommand(tlvId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<TlvDto>, ProblemHttpResult>> VraagLbtAdvies(
        Guid tlvId, LbtAdviesaanvraagVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new VraagLbtAdviesCommand(tlvId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> GeefLbtDossier(Guid tlvId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.AlsPdfAsync(new GeefLbtDossierQuery(tlvId), http, ct);

    private static Task<Results<Ok<TlvDto>, ProblemHttpResult>> Hoorzitting(Guid tlvId, HoorzittingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new LegHoorzittingVastCommand(tlvId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<TlvDto>, ProblemHttpResult>> LbtAdvies(Guid tlvId, LbtAdviesVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new LegLbtAdviesVastCommand(tlvId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<TlvDto>, ProblemHttpResult>> Verdaag(Guid tlvId, RedenVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new VerdaagBeslistermijnCommand(tlvId, http.VerwachteVersie(), v.Reden), http, ct);

    private static Task<Results<Ok<TlvDto>, ProblemHttpResult>> Beslis(
        Guid tlvId, BeslissingOpBezwaarVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new BeslisOpBezwaarCommand(tlvId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<TlvDto>, ProblemHttpResult>> BevestigInschrijving(
        Guid tlvId, InschrijvingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new BevestigInschrijvingCommand(tlvId, http.VerwachteVersie(), v.Lees()), http, ct);
}
