using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Leerlingen;
using PassendOnderwijs.Application.Leerlingen.Commands.BeeindigBetrokkenheid;
using PassendOnderwijs.Application.Leerlingen.Commands.LegOndersteuningsbehoeftenVast;
using PassendOnderwijs.Application.Leerlingen.Commands.RegistreerLeerling;
using PassendOnderwijs.Application.Leerlingen.Commands.VoegBetrokkeneToe;
using PassendOnderwijs.Application.Leerlingen.Queries.GeefBetrokkene;
using PassendOnderwijs.Application.Leerlingen.Queries.GeefBetrokkenen;
using PassendOnderwijs.Application.Leerlingen.Queries.GeefLeerling;
using PassendOnderwijs.Application.Leerlingen.Queries.GeefLeerlingen;
using PassendOnderwijs.Domain.Leerlingen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Api.Endpoints.Leerlingen;

/// <summary>Pupils: pseudonymous (never a BSN), visible to school staff of their own vestigingen only. Every use is audited.</summary>
internal static class LeerlingEndpoints
{
    public const string Pad = "/leerlingen";
    public const string Tag = "Leerlingen";

    public static void MapLeerlingen(this RouteGroupBuilder api)
    {
        api.MapGet(Pad, async (
                [FromQuery] string? vestiging, [FromQuery] string? naam, [FromQuery] string? cursor, [FromQuery] int? pageSize,
                ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var uitkomst = await sender.Send(new GeefLeerlingenQuery(vestiging, naam, cursor, pageSize), ct).ConfigureAwait(false);
                if (uitkomst.IsGelukt && uitkomst.Waarde.VolgendeCursor is { } volgende)
                {
                    VolgendePagina.ZetLink(http, Pad, "cursor", volgende);
                }

                return uitkomst.AlsAntwoord(http);
            })
            .WithName("geefLeerlingen")
            .MetParameter(ContractParameters.VestigingFilter)
            .WithTags(Tag)
            .WithSummary("De leerlingen die je mag zien")
            .WithDescription("Een medewerker van een school ziet alleen leerlingen van de eigen vestigingen. Pagina's van hoogstens 100 (standaard 25).")
            .Produces<LeerlingenPaginaDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization();

        api.MapPost(Pad, async (LeerlingVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
                ResultaatNaarHttp.AlsNieuw(
                    await sender.Send(new RegistreerLeerlingCommand(v.Voornaam, v.Achternaam, v.Geboortedatum, v.Vestiging, v.Groep, v.Ondersteuningsbehoeften), ct)
                        .ConfigureAwait(false),
                    http,
                    l => $"{Pad}/{l.Id}"))
            .WithName("registreerLeerling")
            .WithTags(Tag)
            .WithSummary("Registreer een leerling")
            .WithDescription("Naam, geboortedatum, vestiging en groep; nooit een BSN. Een medewerker van een school alleen op de eigen vestigingen (403).")
            .Accepts<LeerlingVerzoek>("application/json")
            .Produces<LeerlingDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization();

        api.MapGet(Pad + "/{leerlingId:guid}", async (Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
                ResultaatNaarHttp.AlsAntwoord(await sender.Send(new GeefLeerlingQuery(leerlingId), ct).ConfigureAwait(false), http))
            .WithName("geefLeerling")
            .MetParameter(ContractParameters.LeerlingId)
            .WithTags(Tag)
            .WithSummary("Eén leerling met haar of zijn ondersteuningsbehoeften")
            .Produces<LeerlingDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization();

        api.MapPut(Pad + "/{leerlingId:guid}/ondersteuningsbehoeften", async (Guid leerlingId, OndersteuningsbehoeftenDto v, ISender sender, HttpContext http, CancellationToken ct) =>
                ResultaatNaarHttp.AlsAntwoord(
                    await sender.Send(new LegOndersteuningsbehoeftenVastCommand(leerlingId, Versiebeheer.UitIfMatch(http.Request), v), ct).ConfigureAwait(false),
                    http))
            .WithName("legOndersteuningsbehoeftenVast")
            .MetParameter(ContractParameters.LeerlingId)
            .WithMetadata(new VersieVereist())
            .WithTags(Tag)
            .WithSummary("Vervang de ondersteuningsbehoeften van een leerling")
            .WithDescription(
                "Bevorderende en belemmerende factoren, onderwijsbehoeften op de vijf IVO-velden, en de visie van leerling en ouders. " +
                "Geen diagnoses: die horen hier niet.")
            .Accepts<OndersteuningsbehoeftenDto>("application/json")
            .Produces<LeerlingDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization();

        MapBetrokkenen(api);
    }

    /// <summary>Experts who may see the pupil (need to know), managed by SWV staff.</summary>
    private static void MapBetrokkenen(RouteGroupBuilder api)
    {
        const string betrokkenen = Pad + "/{leerlingId:guid}/betrokkenen";
        api.MapGet(betrokkenen, async (Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GeefBetrokkenenQuery(leerlingId), ct).ConfigureAwait(false)).AlsAntwoord(http))
            .WithName("geefBetrokkenen")
            .MetParameter(ContractParameters.LeerlingId)
            .WithTags(Tag)
            .WithSummary("De experts die bij een leerling betrokken zijn of waren")
            .WithDescription(
                "Wie, waarom, tot en met welke dag, en wie het vastlegde en beëindigde; de nieuwste eerst. Een expert ziet een leerling " +
                "alleen zolang die betrokken is (actief), of uitvoerder is van een lopend arrangement van de leerling. Voor SWV-medewerkers.")
            .Produces<BetrokkenenDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization();

        api.MapPost(betrokkenen, async (Guid leerlingId, BetrokkeneVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var uitkomst = await sender.Send(new VoegBetrokkeneToeCommand(leerlingId, v.ExpertId, v.Reden, v.Tot), ct).ConfigureAwait(false);
                return uitkomst.IsGelukt
                    ? TypedResults.Created($"{ApiOpties.Basispad}{Pad}/{leerlingId}/betrokkenen/{uitkomst.Waarde.Id}", uitkomst.Waarde)
                    : (IResult)ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
            })
            .WithName("voegBetrokkeneToe")
            .MetParameter(ContractParameters.LeerlingId)
            .WithTags(Tag)
            .WithSummary("Laat een expert een leerling zien, met een reden, tot een datum")
            .WithDescription(
                $"Kies een expert uit GET /experts. De reden is verplicht (hoogstens {Betrokkene.MaximaleLengteReden} tekens); de einddatum " +
                $"ligt niet in het verleden en hoogstens {Betrokkene.MaximaleDuurDagen} dagen vooruit. Na die dag vervalt de toegang vanzelf. " +
                "Is de expert al betrokken, dan 409. Voor SWV-medewerkers.")
            .Accepts<BetrokkeneVerzoek>("application/json")
            .Produces<BetrokkeneDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization();

        api.MapGet(betrokkenen + "/{betrokkeneId:guid}", async (Guid leerlingId, Guid betrokkeneId, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GeefBetrokkeneQuery(leerlingId, betrokkeneId), ct).ConfigureAwait(false)).AlsAntwoord(http))
            .WithName("geefBetrokkene")
            .MetParameter(ContractParameters.LeerlingId)
            .MetParameter(ContractParameters.BetrokkeneId)
            .WithTags(Tag)
            .WithSummary("Eén betrokken expert van een leerling")
            .WithDescription("Voor SWV-medewerkers.")
            .Produces<BetrokkeneDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization();

        api.MapPost(betrokkenen + "/{betrokkeneId:guid}/beeindiging", async (Guid leerlingId, Guid betrokkeneId, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new BeeindigBetrokkenheidCommand(leerlingId, betrokkeneId), ct).ConfigureAwait(false)).AlsAntwoord(http))
            .WithName("beeindigBetrokkenheid")
            .MetParameter(ContractParameters.LeerlingId)
            .MetParameter(ContractParameters.BetrokkeneId)
            .WithTags(Tag)
            .WithSummary("Beëindig de toegang van een expert tot een leerling, nu")
            .WithDescription("Vanaf nu ziet de expert de leerling niet meer (tenzij als uitvoerder van een lopend arrangement). Al beëindigd of verlopen: 409. Voor SWV-medewerkers.")
            .Produces<BetrokkeneDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization();
    }
}

/// <remarks>The attributes write the domain's rules into the contract; the domain enforces them.</remarks>
internal sealed record LeerlingVerzoek(
    [property: Required, MaxLength(Leerling.MaximaleLengteNaam)] string? Voornaam,
    [property: Required, MaxLength(Leerling.MaximaleLengteNaam)] string? Achternaam,
    [property: Required] DateOnly? Geboortedatum,
    [property: Required, RegularExpression(VestigingCode.Patroon)] string? Vestiging,
    [property: Required, MaxLength(Leerling.MaximaleLengteGroep)] string? Groep,
    OndersteuningsbehoeftenDto? Ondersteuningsbehoeften);

/// <param name="ExpertId">The expert's account, from GET /experts.</param>
/// <param name="Tot">The last day the expert may see the pupil.</param>
internal sealed record BetrokkeneVerzoek(
    [property: Required] Guid? ExpertId,
    [property: Required, MaxLength(Betrokkene.MaximaleLengteReden)] string? Reden,
    [property: Required] DateOnly? Tot);
