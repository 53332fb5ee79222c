using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PassendOnderwijs.Api.Http;
using PassendOnderwijs.Application.Common;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Api.Problemen;

/// <summary>
/// The one mapping of a use case's outcome to HTTP: the value as JSON, or every problem at once as problem+json. A
/// versioned resource carries its version as ETag, ready for the next If-Match (<see cref="Versiebeheer"/>).
/// </summary>
internal static class ResultaatNaarHttp
{
    public static Results<Ok<T>, ProblemHttpResult> AlsAntwoord<T>(this Result<T> resultaat, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(resultaat);
        if (!resultaat.Lukt(out var waarde))
        {
            return AlsProbleem(resultaat.Fouten, http);
        }

        MetVersie(waarde, http);
        return TypedResults.Ok(waarde);
    }

    /// <summary>A creation: 201 with the new resource's Location (under the API's base path).</summary>
    public static Results<Created<T>, ProblemHttpResult> AlsNieuw<T>(this Result<T> resultaat, HttpContext http, Func<T, string> locatie)
    {
        ArgumentNullException.ThrowIfNull(resultaat);
        ArgumentNullException.ThrowIfNull(locatie);
        if (!resultaat.Lukt(out var waarde))
        {
            return AlsProbleem(resultaat.Fouten, http);
        }

        MetVersie(waarde, http);
        return TypedResults.Created($"{ApiOpties.Basispad}{locatie(waarde)}", waarde);
    }

    /// <summary>
    /// An idempotent creation: 201 with the Location when it made something, 200 with the same body when what was
    /// asked for was already there (a repeat of the same request changes nothing).
    /// </summary>
    public static Results<Created<T>, Ok<T>, ProblemHttpResult> AlsNieuwOfBestaand<T>(
        this Result<T> resultaat, HttpContext http, Func<T, bool> isNieuw, Func<T, string> locatie)
    {
        ArgumentNullException.ThrowIfNull(resultaat);
        ArgumentNullException.ThrowIfNull(isNieuw);
        ArgumentNullException.ThrowIfNull(locatie);
        if (!resultaat.Lukt(out var waarde))
        {
            return AlsProbleem(resultaat.Fouten, http);
        }

        MetVersie(waarde, http);
        return isNieuw(waarde) ? TypedResults.Created($"{ApiOpties.Basispad}{locatie(waarde)}", waarde) : TypedResults.Ok(waarde);
    }

    /// <summary>A change that leaves nothing to show (a removal): 204.</summary>
    public static Results<NoContent, ProblemHttpResult> AlsGeenInhoud<T>(this Result<T> resultaat, HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(resultaat);
        return resultaat.IsGelukt ? TypedResults.NoContent() : AlsProbleem(resultaat.Fouten, http);
    }

    /// <summary>A page of a list or feed, with the Link header (rel="next") to the next page when there is one.</summary>
    public static Results<Ok<T>, ProblemHttpResult> AlsPagina<T>(
        this Result<T> resultaat, HttpContext http, string pad, Func<T, string?> volgende, string parameter = "cursor")
    {
        ArgumentNullException.ThrowIfNull(resultaat);
        ArgumentNullException.ThrowIfNull(volgende);
        if (resultaat.Lukt(out var pagina) && volgende(pagina) is { } waarde)
        {
            VolgendePagina.ZetLink(http, pad, parameter, waarde);
        }

        return resultaat.AlsAntwoord(http);
    }

    public static ProblemHttpResult AlsProbleem(IReadOnlyList<Fout> fouten, HttpContext http)
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

    private static void MetVersie<T>(T waarde, HttpContext http)
    {
        if (waarde is IGeversioneerd geversioneerd)
        {
            http.Response.Headers.ETag = string.Create(CultureInfo.InvariantCulture, $"\"{geversioneerd.Versie}\"");
        }
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
            Status = ProbleemStatus.Van(soort),
            Type = soort == FoutSoort.OngeldigToken ? ProbleemTypen.OngeldigToken : ProbleemTypen.Voor(fouten[0].Code),
            Title = soort switch
            {
                FoutSoort.NietGevonden => "Niet gevonden.",
                FoutSoort.Conflict => "Dit botst met de huidige toestand.",
                FoutSoort.NietAangemeld => "Niet aangemeld.",
                FoutSoort.Verboden => "Geen toegang.",
                FoutSoort.VersieVereist => "Geef met If-Match aan op welke versie uw wijziging is gebaseerd.",
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
        if (fout.Plek is { } plek)
        {
            return new ProbleemFout(fout.Code, fout.Melding, Pointer: null, Parameter: null, plek.Regel, plek.Kolom, plek.Positie, plek.Pad);
        }

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
