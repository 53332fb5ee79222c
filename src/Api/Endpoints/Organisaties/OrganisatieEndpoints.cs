using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Common.Contract;
using PassendOnderwijs.Application.Ondersteuning;
using PassendOnderwijs.Application.Organisaties;
using PassendOnderwijs.Application.Organisaties.Commands.LegOndersteuningsprofielVast;
using PassendOnderwijs.Application.Organisaties.Commands.RegistreerSchool;
using PassendOnderwijs.Application.Organisaties.Commands.RegistreerSchoolbestuur;
using PassendOnderwijs.Application.Organisaties.Commands.RichtSamenwerkingsverbandIn;
using PassendOnderwijs.Application.Organisaties.Queries.GeefSamenwerkingsverband;
using PassendOnderwijs.Application.Organisaties.Queries.GeefScholen;
using PassendOnderwijs.Application.Organisaties.Queries.GeefSchool;
using PassendOnderwijs.Application.Organisaties.Queries.GeefSchoolbesturen;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Api.Endpoints.Organisaties;

/// <summary>The samenwerkingsverband's own reference data: its indeling, schoolbesturen and schools with their ondersteuningsprofiel.</summary>
internal static class OrganisatieEndpoints
{
    public const string Tag = "Organisaties";

    public static void MapOrganisaties(this RouteGroupBuilder api)
    {
        api.MapGet("/samenwerkingsverband", async (ISender sender, HttpContext http, CancellationToken ct) =>
                ResultaatNaarHttp.AlsAntwoord(await sender.Send(new GeefSamenwerkingsverbandQuery(), ct).ConfigureAwait(false), http))
            .WithName("geefSamenwerkingsverband")
            .WithTags(Tag)
            .WithSummary("Het eigen samenwerkingsverband met zijn regio's en lokale netwerken")
            .Produces<SamenwerkingsverbandDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization();

        api.MapPut("/samenwerkingsverband", async (SamenwerkingsverbandVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
                ResultaatNaarHttp.AlsAntwoord(
                    await sender.Send(new RichtSamenwerkingsverbandInCommand(Versiebeheer.UitIfMatch(http.Request), v.Naam, v.Regios), ct).ConfigureAwait(false),
                    http))
            .WithName("richtSamenwerkingsverbandIn")
            .WithTags(Tag)
            .WithSummary("Leg naam en indeling (regio's met lokale netwerken) van het eigen samenwerkingsverband vast")
            .WithDescription(
                "De eerste keer richt dit het samenwerkingsverband in. Daarna vervangt het naam en hele indeling en is If-Match " +
                "met de ETag verplicht (428 zonder, 412 bij een verouderde versie).")
            .Accepts<SamenwerkingsverbandVerzoek>("application/json")
            .Produces<SamenwerkingsverbandDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .RequireAuthorization();

        api.MapGet("/schoolbesturen", async (ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GeefSchoolbesturenQuery(), ct).ConfigureAwait(false)).AlsAntwoord(http))
            .WithName("geefSchoolbesturen")
            .WithTags(Tag)
            .WithSummary("De schoolbesturen in het samenwerkingsverband")
            .Produces<SchoolbesturenDto>()
            .RequireAuthorization();

        api.MapPost("/schoolbesturen", async (SchoolbestuurVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var uitkomst = await sender.Send(new RegistreerSchoolbestuurCommand(v.Nummer, v.Naam), ct).ConfigureAwait(false);
                return uitkomst.IsGelukt
                    ? TypedResults.Created($"{ApiOpties.Basispad}/schoolbesturen", uitkomst.Waarde)
                    : (IResult)ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
            })
            .WithName("registreerSchoolbestuur")
            .WithTags(Tag)
            .WithSummary("Registreer een schoolbestuur met zijn bevoegd-gezagnummer")
            .Accepts<SchoolbestuurVerzoek>("application/json")
            .Produces<SchoolbestuurDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization();

        api.MapGet("/scholen", async ([FromQuery] string? soort, [FromQuery] string? regio, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GeefScholenQuery(soort, regio), ct).ConfigureAwait(false)).AlsAntwoord(http))
            .WithName("geefScholen")
            .MetParameter(ContractParameters.SoortSchool)
            .WithTags(Tag)
            .WithSummary("De scholen (vestigingen) in het samenwerkingsverband met hun ondersteuningsprofiel")
            .Produces<ScholenDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .RequireAuthorization();

        api.MapPost("/scholen", async (SchoolVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
                ResultaatNaarHttp.AlsNieuw(
                    await sender.Send(new RegistreerSchoolCommand(v.Vestiging, v.Naam, v.Soort, v.Schoolbestuur, v.Regio, v.LokaalNetwerk, v.Ondersteuningsprofiel), ct)
                        .ConfigureAwait(false),
                    http,
                    s => $"/scholen/{s.Vestiging}"))
            .WithName("registreerSchool")
            .WithTags(Tag)
            .WithSummary("Registreer een school (vestiging)")
            .WithDescription("Met BRIN + vestigingsnummer, soort, schoolbestuur, plek in de indeling en eventueel het ondersteuningsprofiel.")
            .Accepts<SchoolVerzoek>("application/json")
            .Produces<SchoolDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization();

        api.MapGet("/scholen/{vestiging}", async (string vestiging, ISender sender, HttpContext http, CancellationToken ct) =>
                ResultaatNaarHttp.AlsAntwoord(await sender.Send(new GeefSchoolQuery(vestiging), ct).ConfigureAwait(false), http))
            .WithName("geefSchool")
            .MetParameter(ContractParameters.Vestiging)
            .WithTags(Tag)
            .WithSummary("Eén school met haar ondersteuningsprofiel")
            .Produces<SchoolDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization();

        api.MapPut("/scholen/{vestiging}/ondersteuningsprofiel", async (string vestiging, IvoVeldenDto v, ISender sender, HttpContext http, CancellationToken ct) =>
                ResultaatNaarHttp.AlsAntwoord(
                    await sender.Send(new LegOndersteuningsprofielVastCommand(vestiging, Versiebeheer.UitIfMatch(http.Request), v), ct).ConfigureAwait(false),
                    http))
            .WithName("legOndersteuningsprofielVast")
            .MetParameter(ContractParameters.Vestiging)
            .WithMetadata(new VersieVereist())
            .WithTags(Tag)
            .WithSummary("Vervang het schoolondersteuningsprofiel op de vijf IVO-velden")
            .WithDescription("Door een SWV-beheerder, of door een medewerker van die school.")
            .Accepts<IvoVeldenDto>("application/json")
            .Produces<SchoolDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization();
    }
}

// The attributes write the domain's rules into the contract; the domain enforces them, from the same constants.
internal sealed record SamenwerkingsverbandVerzoek(
    [property: Required, MaxLength(Samenwerkingsverband.MaximaleLengteNaam)] string? Naam,
    [property: MaxLength(Samenwerkingsverband.MaximumRegios)] IReadOnlyList<RegioDto?>? Regios);

internal sealed record SchoolbestuurVerzoek(
    [property: Required, RegularExpression(Schoolbestuur.Nummerpatroon)] string? Nummer,
    [property: Required, MaxLength(Schoolbestuur.MaximaleLengteNaam)] string? Naam);

internal sealed record SchoolVerzoek(
    [property: Required, RegularExpression(VestigingCode.Patroon)] string? Vestiging,
    [property: Required, MaxLength(School.MaximaleLengteNaam)] string? Naam,
    [property: Required, CodeUit<SoortSchool>] string? Soort,
    [property: Required, RegularExpression(Schoolbestuur.Nummerpatroon)] string? Schoolbestuur,
    string? Regio,
    string? LokaalNetwerk,
    IvoVeldenDto? Ondersteuningsprofiel);
