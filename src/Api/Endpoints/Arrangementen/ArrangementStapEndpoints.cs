using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Arrangementen;
using PassendOnderwijs.Application.Arrangementen.Commands.BeantwoordVraag;
using PassendOnderwijs.Application.Arrangementen.Commands.BeeindigArrangement;
using PassendOnderwijs.Application.Arrangementen.Commands.EvalueerArrangement;
using PassendOnderwijs.Application.Arrangementen.Commands.KenArrangementToe;
using PassendOnderwijs.Application.Arrangementen.Commands.NeemArrangementInBehandeling;
using PassendOnderwijs.Application.Arrangementen.Commands.StartArrangement;
using PassendOnderwijs.Application.Arrangementen.Commands.VraagArrangementAan;
using PassendOnderwijs.Application.Arrangementen.Commands.VraagInformatie;
using PassendOnderwijs.Application.Arrangementen.Commands.WijsArrangementAf;

namespace PassendOnderwijs.Api.Endpoints.Arrangementen;

/// <summary>
/// The lifecycle: request, review, decide, start, evaluate, end. Every step names the version it is based on in
/// If-Match (428 without, 412 when stale); a step the lifecycle does not allow is a 409 and changes nothing. The
/// contract's failure responses follow from each command (its access rule, <c>KanFalen</c> and If-Match).
/// </summary>
internal static class ArrangementStapEndpoints
{
    private const string Pad = ArrangementLeesEndpoints.Pad;
    private const string Tag = ArrangementLeesEndpoints.Tag;
    private const string Stap = Pad + "/{arrangementId:guid}";

    public static void MapArrangementStappen(this RouteGroupBuilder api)
    {
        api.MapPost(Pad, VraagAan).WithName("vraagArrangementAan").WithMetadata(new IdempotentieOndersteund()).Beschrijf(Tag, 
            "Vraag een arrangement aan voor een leerling",
            "Een medewerker van een school alleen voor leerlingen van de eigen vestigingen (anders 404). Met een Idempotency-Key " +
            "geeft een herhaling van dezelfde aanvraag het eerder aangemaakte arrangement terug; dezelfde sleutel met een andere " +
            "aanvraag geeft 400.");
        api.MapPost(Stap + "/behandeling", NeemInBehandeling).WithName("neemArrangementInBehandeling").AlsStap(
            "Neem een aanvraag in behandeling", "Van 'aangevraagd' naar 'in-behandeling'. Voor SWV-medewerkers.");
        api.MapPost(Stap + "/informatieverzoek", VraagInformatie).WithName("vraagInformatie").AlsStap(
            "Vraag de school om meer informatie", "Tijdens de behandeling; er staat hoogstens één vraag tegelijk open. Voor SWV-medewerkers.");
        api.MapPost(Stap + "/informatieverzoek/antwoord", BeantwoordVraag).WithName("beantwoordVraag").AlsStap(
            "Beantwoord de vraag van het samenwerkingsverband", "Sluit de open vraag; het antwoord staat in de geschiedenis.");
        api.MapPost(Stap + "/toekenning", KenToe).WithName("kenArrangementToe").AlsStap(
            "Ken een arrangement toe",
            "Met beschikkingsnummer (uniek binnen het samenwerkingsverband; 409 als het al gebruikt is), besluitdatum en motivering. Voor SWV-medewerkers.");
        api.MapPost(Stap + "/afwijzing", WijsAf).WithName("wijsArrangementAf").AlsStap(
            "Wijs een aanvraag af", "Een afwijzing vermeldt altijd de reden; school en ouders kunnen ertegen in bezwaar. Voor SWV-medewerkers.");
        api.MapPost(Stap + "/start", Start).WithName("startArrangement").AlsStap(
            "Start een toegekend arrangement", "Binnen de toegekende periode (422 daarbuiten); de eerste evaluatie is uiterlijk een half jaar later.");
        api.MapPost(Stap + "/evaluaties", Evalueer).WithName("evalueerArrangement").AlsStap(
            "Leg een evaluatie vast", "Alleen bij een actief arrangement: per doel behaald of niet, de conclusie en het vervolg (voortzetten, bijstellen, beeindigen).");
        api.MapPost(Stap + "/beeindiging", Beeindig).WithName("beeindigArrangement").AlsStap(
            "Beëindig een actief arrangement", "Met de laatste dag en de reden.");
    }

    private static async Task<Results<Created<ArrangementDto>, ProblemHttpResult>> VraagAan(
        AanvraagVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new VraagArrangementAanCommand(v.Lees(), http.Request.Headers["Idempotency-Key"].FirstOrDefault()), ct).ConfigureAwait(false))
            .AlsNieuw(http, a => $"{Pad}/{a.Id}");

    private static Task<Results<Ok<ArrangementDto>, ProblemHttpResult>> NeemInBehandeling(
        Guid arrangementId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new NeemArrangementInBehandelingCommand(arrangementId, http.VerwachteVersie()), http, ct);

    private static Task<Results<Ok<ArrangementDto>, ProblemHttpResult>> VraagInformatie(
        Guid arrangementId, VraagVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new VraagInformatieCommand(arrangementId, http.VerwachteVersie(), v.Vraag), http, ct);

    private static Task<Results<Ok<ArrangementDto>, ProblemHttpResult>> BeantwoordVraag(
        Guid arrangementId, AntwoordVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new BeantwoordVraagCommand(arrangementId, http.VerwachteVersie(), v.Antwoord), http, ct);

    private static Task<Results<Ok<ArrangementDto>, ProblemHttpResult>> KenToe(
        Guid arrangementId, ToekenningVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new KenArrangementToeCommand(arrangementId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<ArrangementDto>, ProblemHttpResult>> WijsAf(
        Guid arrangementId, AfwijzingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new WijsArrangementAfCommand(arrangementId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<ArrangementDto>, ProblemHttpResult>> Start(
        Guid arrangementId, StartVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new StartArrangementCommand(arrangementId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<ArrangementDto>, ProblemHttpResult>> Evalueer(
        Guid arrangementId, EvaluatieVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new EvalueerArrangementCommand(arrangementId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<ArrangementDto>, ProblemHttpResult>> Beeindig(
        Guid arrangementId, BeeindigingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new BeeindigArrangementCommand(arrangementId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static RouteHandlerBuilder AlsStap(this RouteHandlerBuilder builder, string samenvatting, string beschrijving) => builder
        .MetParameter(ContractParameters.ArrangementId)
        .Beschrijf(Tag, samenvatting, beschrijving);
}
