using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Problemen;

/// <summary>Maps a use case's outcome to HTTP: the value as JSON, or every problem at once as problem+json.</summary>
internal static class ResultaatNaarHttp
{
    public static IResult AlsAntwoord<T>(this Result<T> resultaat, HttpContext http) =>
        resultaat.IsGelukt ? TypedResults.Ok(resultaat.Waarde) : AlsProbleem(resultaat.Fouten, http);

    public static IResult AlsProbleem(IReadOnlyList<Fout> fouten, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var soort = fouten[0].Soort;
        var details = soort == FoutSoort.Ongeldig ? Ongeldig(fouten, http) : Enkel(fouten, soort, http);
        if (soort == FoutSoort.NietAangemeld)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }
        else if (soort == FoutSoort.Verboden && fouten[0].VereisteScope is { } scope)
        {
            // RFC 6750 §3.1: the token lacks a scope, and these would do. The problem body still says it for people.
            http.Response.Headers.WWWAuthenticate = $"Bearer error=\"insufficient_scope\", scope=\"{scope}\"";
        }

        return TypedResults.Problem(details);
    }

    private static ProblemDetails Ongeldig(IReadOnlyList<Fout> fouten, HttpContext http)
    {
        var details = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Type = ProbleemTypen.OngeldigeInvoer,
            Title = "De invoer is ongeldig.",
            Detail = fouten.Count == 1 ? fouten[0].Melding : $"Er zijn {fouten.Count} problemen met de invoer.",
        };
        details.Extensions["errors"] = fouten.Select(f => NaarProbleemFout(f, http)).ToArray();
        return details;
    }

    private static ProblemDetails Enkel(IReadOnlyList<Fout> fouten, FoutSoort soort, HttpContext http)
    {
        var details = new ProblemDetails
        {
            Status = soort switch
            {
                FoutSoort.NietGevonden => StatusCodes.Status404NotFound,
                FoutSoort.Conflict => StatusCodes.Status409Conflict,
                FoutSoort.RegelGeschonden => StatusCodes.Status422UnprocessableEntity,
                FoutSoort.NietAangemeld => StatusCodes.Status401Unauthorized,
                FoutSoort.Verboden => StatusCodes.Status403Forbidden,
                FoutSoort.VersieVereist => StatusCodes.Status428PreconditionRequired,
                FoutSoort.VersieVerouderd => StatusCodes.Status412PreconditionFailed,
                FoutSoort.Verlopen => StatusCodes.Status410Gone,
                FoutSoort.OngeldigToken => StatusCodes.Status400BadRequest,
                _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, "Unmapped FoutSoort."),
            },
            Type = soort == FoutSoort.OngeldigToken ? ProbleemTypen.OngeldigToken : ProbleemTypen.Voor(fouten[0].Code),
            Title = soort switch
            {
                FoutSoort.NietGevonden => "Niet gevonden.",
                FoutSoort.Conflict => "Dit botst met de huidige toestand.",
                FoutSoort.NietAangemeld => "Niet aangemeld.",
                FoutSoort.Verboden => "Geen toegang.",
                FoutSoort.VersieVereist => "Geef met If-Match aan op welke versie je wijziging is gebaseerd.",
                FoutSoort.VersieVerouderd => "Iemand anders heeft dit intussen gewijzigd.",
                FoutSoort.Verlopen => "Niet meer beschikbaar.",
                FoutSoort.OngeldigToken => "Dit token of deze cursor is niet te vertrouwen.",
                _ => "Een bedrijfsregel staat dit niet toe.",
            },
            Detail = string.Join(" ", fouten.Select(f => f.Melding)),
        };
        if (fouten.Count > 1 || fouten[0].Veld is not null)
        {
            details.Extensions["errors"] = fouten.Select(f => NaarProbleemFout(f, http)).ToArray();
        }

        return details;
    }

    private static ProbleemFout NaarProbleemFout(Fout fout, HttpContext http)
    {
        var isParameter = fout.Veld is not null &&
            (http.Request.RouteValues.ContainsKey(fout.Veld) || http.Request.Query.ContainsKey(fout.Veld));
        return isParameter
            ? new ProbleemFout(fout.Code, fout.Melding, Pointer: null, Parameter: fout.Veld)
            : new ProbleemFout(fout.Code, fout.Melding, Pointer: AlsPointer(fout.Veld), Parameter: null);
    }

    /// <summary>"expertises[0].code" becomes "#/expertises/0/code".</summary>
    private static string? AlsPointer(string? veld) =>
        veld is null ? null : "#/" + veld.Replace("[", "/", StringComparison.Ordinal)
            .Replace("]", string.Empty, StringComparison.Ordinal)
            .Replace('.', '/');
}
