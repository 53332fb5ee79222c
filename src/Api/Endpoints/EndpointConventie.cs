using PassendOnderwijs.Api.Http;

namespace PassendOnderwijs.Api.Endpoints;

/// <summary>
/// What a route table states for each endpoint besides its route, name and parameters: its tag, summary and
/// description in the contract, and that it needs a token. Who may call it, and the failures it can answer with,
/// follow from the message it sends (see <c>ContractOperationFilter</c>).
/// </summary>
internal static class EndpointConventie
{
    public static RouteHandlerBuilder Beschrijf(this RouteHandlerBuilder builder, string tag, string samenvatting, string? beschrijving = null)
    {
        builder.WithTags(tag).WithSummary(samenvatting).RequireAuthorization();
        return beschrijving is null ? builder : builder.WithDescription(beschrijving);
    }

    /// <summary>The version a change is based on, from If-Match (<see cref="Versiebeheer"/>).</summary>
    public static long? VerwachteVersie(this HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return Versiebeheer.UitIfMatch(http.Request);
    }
}
