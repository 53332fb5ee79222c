using System.ComponentModel.DataAnnotations;
using Mediator;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Begeleidingsaanbod;
using PassendOnderwijs.Application.Begeleidingsaanbod.Commands.BeeindigAanbod;
using PassendOnderwijs.Application.Begeleidingsaanbod.Commands.BiedBegeleidingAan;
using PassendOnderwijs.Application.Begeleidingsaanbod.Commands.NeemAanbiederUitBedrijf;
using PassendOnderwijs.Application.Begeleidingsaanbod.Commands.RegistreerAanbieder;
using PassendOnderwijs.Application.Begeleidingsaanbod.Commands.VerwijderAanbieder;
using PassendOnderwijs.Application.Begeleidingsaanbod.Commands.WijzigContactgegevens;
using PassendOnderwijs.Domain.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Expertises;

namespace PassendOnderwijs.Api.Endpoints.Begeleidingsaanbod;

/// <summary>
/// Managing the register (SWV administrators and register-beheerders). An aanbieder is changed only by the
/// beheerder of the samenwerkingsverband that registered it or by a register-beheerder (403 niet-eigenaar for
/// others). Every change to an existing aanbieder names the version it is based on in If-Match: 428 without it, 412
/// when someone else changed the aanbieder first.
/// </summary>
internal static class AanbiederBeheerEndpoints
{
    private const string Pad = AanbiederLeesEndpoints.Pad;
    private const string Tag = AanbiederLeesEndpoints.Tag;

    private const string Eigenaarsregel =
        " Alleen de beheerder van het samenwerkingsverband dat de aanbieder registreerde (eigenaar) of een register-beheerder " +
        "mag dit; anderen krijgen 403 niet-eigenaar en er verandert niets.";

    public static void MapAanbiederBeheer(this RouteGroupBuilder api)
    {
        api.MapPost(Pad, async (NieuweAanbiederVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var uitkomst = await sender.Send(
                    new RegistreerAanbiederCommand(v.Code, v.Naam, v.InternationaleNaam, v.Inbedrijfdatum, v.Bestuur, v.Erkenning, v.Communicatiecontexten), ct)
                    .ConfigureAwait(false);
                return ResultaatNaarHttp.AlsNieuw(uitkomst, http, a => $"{AanbiederLeesEndpoints.Pad}/{a.Code}");
            })
            .WithName("registreerAanbieder")
            .WithTags(Tag)
            .WithSummary("Registreer een onderwijsbegeleidingsaanbieder")
            .WithDescription(
                "Met zijn RIO-code, erkenning (cluster en licenties) en minstens één communicatiecontext; aanbod voeg je daarna toe. " +
                "Registreert een beheerder van een samenwerkingsverband hem, dan is dat samenwerkingsverband de eigenaar; een " +
                "register-beheerder registreert hem landelijk, zonder eigenaar.")
            .Accepts<NieuweAanbiederVerzoek>("application/json")
            .Produces<AanbiederDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization();

        api.MapPut(Pad + "/{code}/communicatiecontexten", async (string code, ContactgegevensVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
                ResultaatNaarHttp.AlsAntwoord(
                    await sender.Send(new WijzigContactgegevensCommand(code, Versiebeheer.UitIfMatch(http.Request), v.Communicatiecontexten), ct).ConfigureAwait(false),
                    http))
            .WithName("wijzigContactgegevens")
            .Wijziging("Vervang de contactgegevens van een aanbieder", "Alle communicatiecontexten in één keer; minstens één.")
            .Accepts<ContactgegevensVerzoek>("application/json");

        api.MapPost(Pad + "/{code}/aanbod", async (string code, NieuwAanbodVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
                ResultaatNaarHttp.AlsAntwoord(
                    await sender.Send(
                        new BiedBegeleidingAanCommand(code, Versiebeheer.UitIfMatch(http.Request), v.Expertise, v.Leerjaar, v.Begindatum, v.Einddatum, v.Werkgebied, v.Capaciteit),
                        ct).ConfigureAwait(false),
                    http))
            .WithName("biedBegeleidingAan")
            .Wijziging(
                "Voeg aangeboden begeleiding toe",
                "Eén expertise, voor een leerjaar of tussen data, in een werkgebied (leeg: landelijk), eventueel met capaciteit. " +
                "De licentie moet de expertise toestaan (422 expertise-niet-in-licentie), de periode moet binnen de bedrijfsperiode " +
                "vallen (422 periode-buiten-bedrijf) en mag niet overlappen met aanbod van dezelfde expertise (422 overlappend-aanbod).")
            .Accepts<NieuwAanbodVerzoek>("application/json")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapPost(Pad + "/{code}/aanbod/{aanbodId:guid}/beeindiging", async (string code, Guid aanbodId, LaatsteDagVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
                ResultaatNaarHttp.AlsAntwoord(
                    await sender.Send(new BeeindigAanbodCommand(code, aanbodId, Versiebeheer.UitIfMatch(http.Request), v.LaatsteDag), ct).ConfigureAwait(false),
                    http))
            .WithName("beeindigAanbod")
            .MetParameter(ContractParameters.AanbodId)
            .Wijziging("Beëindig aangeboden begeleiding", "Het aanbod geldt tot en met laatsteDag; aanbod dat dan nog niet begonnen was, vervalt.")
            .Accepts<LaatsteDagVerzoek>("application/json");

        api.MapPost(Pad + "/{code}/uitbedrijfname", async (string code, LaatsteDagVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
                ResultaatNaarHttp.AlsAntwoord(
                    await sender.Send(new NeemAanbiederUitBedrijfCommand(code, Versiebeheer.UitIfMatch(http.Request), v.LaatsteDag), ct).ConfigureAwait(false),
                    http))
            .WithName("neemAanbiederUitBedrijf")
            .Wijziging("Neem een aanbieder uit bedrijf", "Na laatsteDag biedt de aanbieder niets meer aan: zijn aanbod eindigt uiterlijk dan.")
            .Accepts<LaatsteDagVerzoek>("application/json")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapDelete(Pad + "/{code}", async (string code, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var uitkomst = await sender.Send(new VerwijderAanbiederCommand(code, Versiebeheer.UitIfMatch(http.Request)), ct).ConfigureAwait(false);
                return uitkomst.IsGelukt ? TypedResults.NoContent() : (IResult)ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
            })
            .WithName("verwijderAanbieder")
            .MetParameter(ContractParameters.ObaCode)
            .WithMetadata(new VersieVereist())
            .WithTags(Tag)
            .WithSummary("Verwijder een ten onrechte geregistreerde aanbieder")
            .WithDescription("Een aanbieder die stopt, neem je uit bedrijf. Synchroniserende systemen krijgen de verwijdering als 'verwijderd' in de wijzigingen." + Eigenaarsregel)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization();
    }

    /// <summary>What every versioned change (with a JSON body) to one aanbieder shares in the contract.</summary>
    private static RouteHandlerBuilder Wijziging(this RouteHandlerBuilder builder, string samenvatting, string beschrijving) =>
        builder
            .MetParameter(ContractParameters.ObaCode)
            .WithMetadata(new VersieVereist())
            .WithTags(Tag)
            .WithSummary(samenvatting)
            .WithDescription(beschrijving + Eigenaarsregel)
            .Produces<AanbiederDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .RequireAuthorization();
}

// The attributes write the domain's rules into the contract; the domain enforces them, from the same constants.
internal sealed record NieuweAanbiederVerzoek(
    [property: Required, RegularExpression(ObaCode.Patroon)] string? Code,
    [property: Required, MaxLength(Onderwijsbegeleidingsaanbieder.MaximaleLengteNaam)] string? Naam,
    [property: MaxLength(Onderwijsbegeleidingsaanbieder.MaximaleLengteInternationaleNaam)] string? InternationaleNaam,
    [property: Required] DateOnly? Inbedrijfdatum,
    [property: Required, MaxLength(Onderwijsbegeleidingsaanbieder.MaximaleLengteBestuur)] string? Bestuur,
    [property: Required] ErkenningInvoer? Erkenning,
    [property: Required, MinLength(1), MaxLength(AanbiederInvoer.MaximumContexten)] IReadOnlyList<CommunicatiecontextInvoer?>? Communicatiecontexten);

internal sealed record ContactgegevensVerzoek(
    [property: Required, MinLength(1), MaxLength(AanbiederInvoer.MaximumContexten)] IReadOnlyList<CommunicatiecontextInvoer?>? Communicatiecontexten);

/// <param name="Leerjaar">Voor een heel leerjaar, zoals 2026-2027; anders begindatum (en eventueel einddatum).</param>
internal sealed record NieuwAanbodVerzoek(
    [property: Required, MaxLength(ExpertiseCode.MaximaleLengte), RegularExpression(ExpertiseCode.Patroon)] string? Expertise,
    string? Leerjaar,
    DateOnly? Begindatum,
    DateOnly? Einddatum,
    WerkgebiedInvoer? Werkgebied,
    [property: Range(0, BiedBegeleidingAanValidator.MaximaleCapaciteit)] int? Capaciteit);

internal sealed record LaatsteDagVerzoek([property: Required] DateOnly? LaatsteDag);
