using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Portfolio.Expertboek;
using PassendOnderwijs.Application.Portfolio.Expertboek.Commands.LegExpertprofielVast;
using PassendOnderwijs.Application.Portfolio.Expertboek.Queries.GeefExpertboek;
using PassendOnderwijs.Application.Portfolio.Expertboek.Queries.GeefExpertprofiel;
using PassendOnderwijs.Application.Portfolio.Regios;
using PassendOnderwijs.Application.Portfolio.Regios.Commands.StelRegioaanbodVast;
using PassendOnderwijs.Application.Portfolio.Regios.Queries.GeefRegioportfolio;

namespace PassendOnderwijs.Api.Endpoints.Portfolio;

/// <summary>
/// The regional portfolio's expertise: the expertboek and what each regio offers. The contract's failure responses
/// follow from each message (its access rule, <c>KanFalen</c> and If-Match).
/// </summary>
internal static class ExpertboekEndpoints
{
    private const string Tag = "Portfolio";
    private const string Expertboek = "/portfolio/expertboek";
    private const string Regios = "/portfolio/regios";

    public static void MapExpertboek(this RouteGroupBuilder api)
    {
        api.MapGet(Expertboek, GeefExpertboek).WithName("geefExpertboek").Beschrijf(Tag,
            "Het expertboek van uw samenwerkingsverband",
            "Elke expert met expertisegebieden, regio, omvang in fte, inzetbare dagen en de andere regio's waar hij werkt als de " +
            "capaciteit dat vraagt; profiel ontbreekt zolang niemand het invulde. Filter op regio (eigen of ook daar) en op " +
            "expertisegebied. Geen leerlinggegevens.");
        api.MapGet(Expertboek + "/{expertId:guid}", GeefExpertprofiel).WithName("geefExpertprofiel").MetParameter(ContractParameters.ExpertId)
            .Beschrijf(Tag, "Eén expert uit het expertboek", "De ETag is wat een wijziging in If-Match meestuurt.");
        api.MapPut(Expertboek + "/{expertId:guid}", LegExpertprofielVast).WithName("legExpertprofielVast").MetParameter(ContractParameters.ExpertId)
            .Beschrijf(Tag,
                "Leg vast wat het expertboek over een expert zegt",
                "Expertisegebieden (minstens één), de eigen regio, de omvang (meer dan 0 en hoogstens 1 fte; een dag is 0,2 fte, dus " +
                "genoeg inzetbare dagen), de dagen en eventueel andere regio's. If-Match met de ETag is verplicht, ook de eerste keer " +
                "(dan \"0\", de ETag van een expert zonder profiel): 428 zonder, 412 bij een verouderde versie. Voor de beleidsmedewerker en de manager ondersteuning.");
        api.MapGet(Regios, GeefRegioportfolio).WithName("geefRegioportfolio").Beschrijf(Tag,
            "Het portfolio van elke regio",
            "Per regio de lokale netwerken, de expertisegebieden die de regio aanbiedt en per gebied de actieve experts die er " +
            "kunnen worden ingezet (een lege lijst: niemand draagt dit aanbod), en de fte van de eigen experts. Ook voor scholen: " +
            "het laat zien waarvoor een lokaal netwerk een expert kan vragen.");
        api.MapPut(Regios + "/{regio}/aanbod", StelRegioaanbodVast).WithName("stelRegioaanbodVast").MetParameter(ContractParameters.Regio)
            .Beschrijf(Tag,
                "Stel het aanbod van een regio vast",
                "Vervangt de expertisegebieden die de regio aanbiedt (de jaarlijkse herweging van het portfolio). If-Match met de " +
                "versie uit de lijst is verplicht, ook de eerste keer (dan \"0\"). Voor de beleidsmedewerker en de manager ondersteuning.");
    }

    private static Task<Results<Ok<ExpertboekDto>, ProblemHttpResult>> GeefExpertboek(
        [FromQuery] string? regio, [FromQuery] string? expertisegebied, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefExpertboekQuery(regio, expertisegebied), http, ct);

    private static Task<Results<Ok<ExpertboekRegelDto>, ProblemHttpResult>> GeefExpertprofiel(
        Guid expertId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefExpertprofielQuery(expertId), http, ct);

    private static Task<Results<Ok<ExpertboekRegelDto>, ProblemHttpResult>> LegExpertprofielVast(
        Guid expertId, ExpertprofielVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new LegExpertprofielVastCommand(expertId, http.VerwachteVersie(), v.Lees()), http, ct);

    private static Task<Results<Ok<RegioportfolioLijstDto>, ProblemHttpResult>> GeefRegioportfolio(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefRegioportfolioQuery(), http, ct);

    private static Task<Results<Ok<RegioportfolioDto>, ProblemHttpResult>> StelRegioaanbodVast(
        string regio, RegioaanbodVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.StuurAsync(new StelRegioaanbodVastCommand(regio, http.VerwachteVersie(), v.Lees()), http, ct);
}
