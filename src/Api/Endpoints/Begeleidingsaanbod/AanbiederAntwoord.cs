using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Application.Begeleidingsaanbod;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Endpoints.Begeleidingsaanbod;

internal static class AanbiederAntwoord
{
    /// <summary>The aanbieder with its version as ETag, ready for the next If-Match.</summary>
    public static IResult MetVersie(Result<AanbiederDto> uitkomst, HttpContext http, int status = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(uitkomst);
        if (!uitkomst.IsGelukt)
        {
            return ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
        }

        http.Response.Headers.ETag = Versiebeheer.AlsEtag(uitkomst.Waarde.Versie);
        return status == StatusCodes.Status201Created
            ? TypedResults.Created($"{ApiOpties.Basispad}{AanbiederLeesEndpoints.Pad}/{uitkomst.Waarde.Code}", uitkomst.Waarde)
            : TypedResults.Ok(uitkomst.Waarde);
    }
}
