using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PassendOnderwijs.Api.OpenApi;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Ouders.Queries.GeefMijnKind;
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

    /// <summary>The path of one child; everything the portal shows about a child is under it.</summary>
    public const string KindPad = Pad + "/kinderen/{leerlingId:guid}";

    public static void MapOuderportaal(this RouteGroupBuilder api)
    {
        api.MapGet(Pad + "/kinderen", GeefMijnKinderen).WithName("geefMijnKinderen").Beschrijf(Tag,
            "Uw kinderen",
            "De kinderen die hun school aan uw account koppelde: naam, geboortedatum, school en groep. Alleen voor ouders en verzorgers.");
        api.MapGet(KindPad, GeefMijnKind).WithName("geefMijnKind").MetParameter(ContractParameters.LeerlingId).Beschrijf(Tag,
            "Eén van uw kinderen", "Een kind dat niet aan uw account gekoppeld is, bestaat voor u niet (404).");
    }

    private static Task<Results<Ok<KindDto>, ProblemHttpResult>> GeefMijnKind(Guid leerlingId, ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefMijnKindQuery(leerlingId), http, ct);

    private static Task<Results<Ok<KinderenDto>, ProblemHttpResult>> GeefMijnKinderen(ISender sender, HttpContext http, CancellationToken ct) =>
        sender.VraagAsync(new GeefMijnKinderenQuery(), http, ct);
}
