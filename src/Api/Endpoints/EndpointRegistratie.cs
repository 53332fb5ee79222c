using PassendOnderwijs.Api.Endpoints.Expertises;

namespace PassendOnderwijs.Api.Endpoints;

/// <summary>Every use case's endpoint, one line each, under /api/v1.</summary>
internal static class EndpointRegistratie
{
    public static RouteGroupBuilder MapApiEndpoints(this RouteGroupBuilder api)
    {
        api.MapGeefExpertises();
        api.MapGeefExpertise();
        return api;
    }
}
