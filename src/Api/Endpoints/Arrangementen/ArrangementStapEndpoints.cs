using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
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
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Domain.Arrangementen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Endpoints.Arrangementen;

/// <summary>
/// The lifecycle: request, review, decide, start, evaluate, end. Every step names the version it is based on in
/// If-Match (428 without, 412 when stale); a step the lifecycle does not allow is a 409 and changes nothing.
/// </summary>
internal static class ArrangementStapEndpoints
{
    private const string Pad = ArrangementLeesEndpoints.Pad;
    private const string Tag = ArrangementLeesEndpoints.Tag;

    public static void MapArrangementStappen(this RouteGroupBuilder api)
    {
        api.MapPost(Pad, async (AanvraagVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
                Versiebeheer.Antwoord(
                    await sender.Send(
                        new VraagArrangementAanCommand(
                            v.LeerlingId, v.Soort, v.Inhoud, v.Doelen, v.Ingangsdatum, v.Einddatum, v.Uren, v.Budget, v.Uitvoerder, v.Bekostiger, v.Toelichting,
                            http.Request.Headers["Idempotency-Key"].FirstOrDefault()),
                        ct).ConfigureAwait(false),
                    http,
                    a => $"{Pad}/{a.Id}"))
            .WithName("vraagArrangementAan")
            .WithMetadata(new IdempotentieOndersteund())
            .WithTags(Tag)
            .WithSummary("Vraag een arrangement aan voor een leerling")
            .WithDescription(
                "Een medewerker van een school alleen voor leerlingen van de eigen vestigingen (anders 404). Met een Idempotency-Key " +
                "geeft een herhaling van dezelfde aanvraag het eerder aangemaakte arrangement terug; dezelfde sleutel met een andere " +
                "aanvraag geeft 400.")
            .Accepts<AanvraagVerzoek>("application/json")
            .Produces<ArrangementDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization();

        api.MapPost(Pad + "/{arrangementId:guid}/behandeling", async (Guid arrangementId, ISender sender, HttpContext http, CancellationToken ct) =>
                await Stuur(sender, http, new NeemArrangementInBehandelingCommand(arrangementId, Versiebeheer.UitIfMatch(http.Request)), ct).ConfigureAwait(false))
            .WithName("neemArrangementInBehandeling")
            .Stap("Neem een aanvraag in behandeling", "Van 'aangevraagd' naar 'in-behandeling'. Voor SWV-medewerkers.", metInhoud: false);

        api.MapPost(Pad + "/{arrangementId:guid}/informatieverzoek", async (Guid arrangementId, VraagVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
                await Stuur(sender, http, new VraagInformatieCommand(arrangementId, Versiebeheer.UitIfMatch(http.Request), v.Vraag), ct).ConfigureAwait(false))
            .WithName("vraagInformatie")
            .Stap("Vraag de school om meer informatie", "Tijdens de behandeling; er staat hoogstens één vraag tegelijk open. Voor SWV-medewerkers.")
            .Accepts<VraagVerzoek>("application/json");

        api.MapPost(Pad + "/{arrangementId:guid}/informatieverzoek/antwoord", async (Guid arrangementId, AntwoordVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
                await Stuur(sender, http, new BeantwoordVraagCommand(arrangementId, Versiebeheer.UitIfMatch(http.Request), v.Antwoord), ct).ConfigureAwait(false))
            .WithName("beantwoordVraag")
            .Stap("Beantwoord de vraag van het samenwerkingsverband", "Sluit de open vraag; het antwoord staat in de geschiedenis.")
            .Accepts<AntwoordVerzoek>("application/json");

        api.MapPost(Pad + "/{arrangementId:guid}/toekenning", async (Guid arrangementId, ToekenningVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
                await Stuur(
                    sender,
                    http,
                    new KenArrangementToeCommand(arrangementId, Versiebeheer.UitIfMatch(http.Request), v.Beschikkingsnummer, v.Besluitdatum, v.Motivering),
                    ct).ConfigureAwait(false))
            .WithName("kenArrangementToe")
            .Stap(
                "Ken een arrangement toe",
                "Met beschikkingsnummer (uniek binnen het samenwerkingsverband; 409 als het al gebruikt is), besluitdatum en motivering. Voor SWV-medewerkers.")
            .Accepts<ToekenningVerzoek>("application/json");

        api.MapPost(Pad + "/{arrangementId:guid}/afwijzing", async (Guid arrangementId, AfwijzingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
                await Stuur(
                    sender,
                    http,
                    new WijsArrangementAfCommand(arrangementId, Versiebeheer.UitIfMatch(http.Request), v.Beschikkingsnummer, v.Besluitdatum, v.Reden),
                    ct).ConfigureAwait(false))
            .WithName("wijsArrangementAf")
            .Stap("Wijs een aanvraag af", "Een afwijzing vermeldt altijd de reden; school en ouders kunnen ertegen in bezwaar. Voor SWV-medewerkers.")
            .Accepts<AfwijzingVerzoek>("application/json");

        api.MapPost(Pad + "/{arrangementId:guid}/start", async (Guid arrangementId, StartVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
                await Stuur(sender, http, new StartArrangementCommand(arrangementId, Versiebeheer.UitIfMatch(http.Request), v.Startdatum), ct).ConfigureAwait(false))
            .WithName("startArrangement")
            .Stap("Start een toegekend arrangement", "Binnen de toegekende periode (422 daarbuiten); de eerste evaluatie is uiterlijk een half jaar later.", regel: true)
            .Accepts<StartVerzoek>("application/json");

        api.MapPost(Pad + "/{arrangementId:guid}/evaluaties", async (Guid arrangementId, EvaluatieVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
                await Stuur(
                    sender,
                    http,
                    new EvalueerArrangementCommand(arrangementId, Versiebeheer.UitIfMatch(http.Request), v.Datum, v.Doelen, v.Conclusie, v.Vervolg),
                    ct).ConfigureAwait(false))
            .WithName("evalueerArrangement")
            .Stap("Leg een evaluatie vast", "Alleen bij een actief arrangement: per doel behaald of niet, de conclusie en het vervolg (voortzetten, bijstellen, beeindigen).")
            .Accepts<EvaluatieVerzoek>("application/json");

        api.MapPost(Pad + "/{arrangementId:guid}/beeindiging", async (Guid arrangementId, BeeindigingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
                await Stuur(sender, http, new BeeindigArrangementCommand(arrangementId, Versiebeheer.UitIfMatch(http.Request), v.Einddatum, v.Reden), ct).ConfigureAwait(false))
            .WithName("beeindigArrangement")
            .Stap("Beëindig een actief arrangement", "Met de laatste dag en de reden.")
            .Accepts<BeeindigingVerzoek>("application/json");
    }

    private static async Task<IResult> Stuur(ISender sender, HttpContext http, ICommand<Result<ArrangementDto>> command, CancellationToken ct) =>
        Versiebeheer.Antwoord(await sender.Send(command, ct).ConfigureAwait(false), http);

    /// <summary>What every step in the lifecycle shares in the contract.</summary>
    private static RouteHandlerBuilder Stap(this RouteHandlerBuilder builder, string samenvatting, string beschrijving, bool metInhoud = true, bool regel = false)
    {
        builder
            .MetParameter(ContractParameters.ArrangementId)
            .WithMetadata(new VersieVereist())
            .WithTags(Tag)
            .WithSummary(samenvatting)
            .WithDescription(beschrijving)
            .Produces<ArrangementDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization();
        if (metInhoud)
        {
            builder.ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        }

        if (regel)
        {
            builder.ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        }

        return builder;
    }
}

// The attributes below write the server's rules into the contract (Swashbuckle reads them); the use case's validator
// and the domain enforce them, from the same constants. Minimal APIs do not validate DataAnnotations here.
internal sealed record AanvraagVerzoek(
    [property: Required] Guid? LeerlingId,
    [property: Required, CodeUit<SoortArrangement>] string? Soort,
    IvoVeldenDto? Inhoud,
    [property: Required, MinLength(1), MaxLength(Doel.Maximum), Elementen(MaximaleLengte = Doel.MaximaleLengte)] IReadOnlyList<string?>? Doelen,
    [property: Required] DateOnly? Ingangsdatum,
    [property: Required] DateOnly? Einddatum,
    [property: Range(0, (double)Arrangement.MaximumUren)] decimal? Uren,
    [property: Range(0, (double)Arrangement.MaximumBudget)] decimal? Budget,
    [property: Required] UitvoerderDto? Uitvoerder,
    [property: Required, CodeUit<Bekostiger>] string? Bekostiger,
    [property: Required, MaxLength(Arrangement.MaximaleLengteToelichting)] string? Toelichting);

internal sealed record VraagVerzoek([property: Required, MaxLength(Arrangement.MaximaleLengteToelichting)] string? Vraag);

internal sealed record AntwoordVerzoek([property: Required, MaxLength(Arrangement.MaximaleLengteToelichting)] string? Antwoord);

internal sealed record ToekenningVerzoek(
    [property: Required, MaxLength(Besluit.MaximaleLengteBeschikkingsnummer)] string? Beschikkingsnummer,
    [property: Required] DateOnly? Besluitdatum,
    [property: Required, MaxLength(Besluit.MaximaleLengteMotivering)] string? Motivering);

internal sealed record AfwijzingVerzoek(
    [property: Required, MaxLength(Besluit.MaximaleLengteBeschikkingsnummer)] string? Beschikkingsnummer,
    [property: Required] DateOnly? Besluitdatum,
    [property: Required, MaxLength(Besluit.MaximaleLengteMotivering)] string? Reden);

internal sealed record StartVerzoek([property: Required] DateOnly? Startdatum);

internal sealed record EvaluatieVerzoek(
    [property: Required] DateOnly? Datum,
    [property: Required] IReadOnlyList<DoelresultaatInvoer?>? Doelen,
    [property: Required, MaxLength(Evaluatie.MaximaleLengte)] string? Conclusie,
    [property: Required, CodeUit<Vervolg>] string? Vervolg);

internal sealed record BeeindigingVerzoek(
    [property: Required] DateOnly? Einddatum, [property: Required, MaxLength(Arrangement.MaximaleLengteToelichting)] string? Reden);
