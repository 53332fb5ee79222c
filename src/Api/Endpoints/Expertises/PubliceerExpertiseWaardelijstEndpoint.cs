using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Expertises.Commands.PubliceerExpertiseWaardelijst;

namespace PassendOnderwijs.Api.Endpoints.Expertises;

/// <summary>
/// The platform-beheerder publishes a new version of the expertise waardelijst for a new leerjaar. A repeat of a
/// published version is a 200 with the same answer, so a script may safely run it again.
/// </summary>
internal static class PubliceerExpertiseWaardelijstEndpoint
{
    public static void MapPubliceerExpertiseWaardelijst(this RouteGroupBuilder api) =>
        api.MapPost("/expertise-waardelijsten", Publiceer).WithName("publiceerExpertiseWaardelijst").Beschrijf("Expertises",
            "Publiceer een nieuwe versie van de expertise-waardelijst",
            "Voor alle samenwerkingsverbanden, vanaf het leerjaar in geldigVanaf, tot een latere versie haar vervangt. " +
            "201 met de nieuwe versie; 200 als precies deze versie al gepubliceerd is (opnieuw sturen verandert niets). " +
            "409 voor een leerjaar dat al een andere lijst heeft of dat vóór de nieuwste versie ligt; 422 als de lijst " +
            "een code bevat die een eerdere versie heeft ingetrokken (RIO gebruikt een code nooit opnieuw). " +
            "Alleen voor de platform-beheerder.");

    private static async Task<Results<Created<WaardelijstGepubliceerdDto>, Ok<WaardelijstGepubliceerdDto>, ProblemHttpResult>> Publiceer(
        WaardelijstVerzoek v, ISender sender, HttpContext http, CancellationToken ct) =>
        (await sender.Send(new PubliceerExpertiseWaardelijstCommand(v.Lees()), ct).ConfigureAwait(false))
            .AlsNieuwOfBestaand(http, w => w.Nieuw, w => $"/expertises?leerjaar={w.GeldigVanaf}");
}
