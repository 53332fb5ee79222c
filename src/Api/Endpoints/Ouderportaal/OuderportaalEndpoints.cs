using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Ouders.Queries.GeefMijnKinderen;

namespace PassendOnderwijs.Api.Endpoints.Ouderportaal;

/// <summary>
/// The parent portal: what an ouder or verzorger sees of their own children. Only the role ouder reaches these, and an
/// ouder reaches nothing else of the API; which children is the visibility filter's (the school's links).
/// </summary>
internal static class OuderportaalEndpoints
{
    private const string Tag = "Ouderportaal";
    private const string Pad = "/ouderportaal";

    public static void MapOuderportaal(this RouteGroupBuilder api) =>
        api.MapGet(Pad + "/kinderen", GeefMijnKinderen).WithName("geefMijnKinderen").Beschrijf(Tag,
            "Uw kinderen",
            "De kinderen die hun school aan uw account koppelde: naam, geboortedatum, school en groep. Alleen voor ouders en verzorgers.");

    private static Task<Results<Ok<KinderenDto>, ProblemHttpResult>> GeefMijnKinderen(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefMijnKinderenQuery(), http, ct);
}
