using PassendOnderwijs.Api.Problemen;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Http;

/// <summary>Answers with a versioned resource: its version as ETag (ready for the next If-Match), and for a creation 201 with Location.</summary>
internal static class VersieAntwoord
{
    public static IResult Met<T>(Result<T> uitkomst, HttpContext http, Func<T, long> versie, Func<T, string>? nieuweLocatie = null)
    {
        ArgumentNullException.ThrowIfNull(uitkomst);
        ArgumentNullException.ThrowIfNull(versie);
        if (!uitkomst.IsGelukt)
        {
            return ResultaatNaarHttp.AlsProbleem(uitkomst.Fouten, http);
        }

        http.Response.Headers.ETag = Versiebeheer.AlsEtag(versie(uitkomst.Waarde));
        return nieuweLocatie is null
            ? TypedResults.Ok(uitkomst.Waarde)
            : TypedResults.Created($"{ApiOpties.Basispad}{nieuweLocatie(uitkomst.Waarde)}", uitkomst.Waarde);
    }
}

/// <summary>Endpoint metadata: this creation honours an Idempotency-Key header (documented in the contract).</summary>
internal sealed record IdempotentieOndersteund;
