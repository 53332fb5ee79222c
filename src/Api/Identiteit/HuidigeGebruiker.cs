using System.Security.Claims;
using OpenIddict.Abstractions;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Infrastructure.Identiteit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>Reads the caller from the validated access token of the current request.</summary>
internal sealed class HuidigeGebruiker(IHttpContextAccessor http) : IHuidigeGebruiker
{
    private ClaimsPrincipal? Principal => http.HttpContext?.User is { Identity.IsAuthenticated: true } p ? p : null;

    public SoortAanroeper Soort => Principal switch
    {
        null => SoortAanroeper.Anoniem,
        var p when p.FindFirst(PoClaims.Soort)?.Value == "client" => SoortAanroeper.Client,
        _ => SoortAanroeper.Gebruiker,
    };

    public string? Id => Principal?.FindFirst(Claims.Subject)?.Value;

    public string? Naam => Principal?.FindFirst(Claims.Name)?.Value;

    public string? Samenwerkingsverband => Principal?.FindFirst(PoClaims.Samenwerkingsverband)?.Value;

    public IReadOnlyList<string> Rollen => Principal?.FindAll(Claims.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList() ?? [];

    public IReadOnlyList<string> Scopes => Principal is null ? [] : ScopeClaims.Lees(Principal);
}
