using System.Security.Claims;
using OpenIddict.Abstractions;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Domain.Gebruikers;
using PassendOnderwijs.Infrastructure.Identiteit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PassendOnderwijs.Api.Identiteit;

/// <summary>Reads the caller from the validated access token of the current request.</summary>
internal sealed class HuidigeGebruiker(IHttpContextAccessor http) : IHuidigeGebruiker
{
    private ClaimsPrincipal? Principal => http.HttpContext?.User is { Identity.IsAuthenticated: true } p ? p : null;

    /// <summary>
    /// Our own tokens say it in "soort". A token of an external provider is a client's when its subject is the
    /// client itself (client credentials: sub equals client_id or azp), and a person's otherwise.
    /// </summary>
    public SoortAanroeper Soort => Principal switch
    {
        null => SoortAanroeper.Anoniem,
        var p when p.FindFirst(PoClaims.Soort)?.Value is { } soort => soort == "client" ? SoortAanroeper.Client : SoortAanroeper.Gebruiker,
        var p when Id is { } sub && (p.FindFirst("client_id")?.Value == sub || p.FindFirst("azp")?.Value == sub) => SoortAanroeper.Client,
        _ => SoortAanroeper.Gebruiker,
    };

    public string? Id => Principal?.FindFirst(Claims.Subject)?.Value;

    public string? Naam => Principal?.FindFirst(Claims.Name)?.Value;

    public string? Samenwerkingsverband => Principal?.FindFirst(PoClaims.Samenwerkingsverband)?.Value;

    public IReadOnlyList<string> Rollen => Principal?.FindAll(Claims.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList() ?? [];

    public IReadOnlyList<string> Vestigingen => Principal?.FindAll(PoClaims.Vestiging).Select(c => c.Value).Order(StringComparer.Ordinal).ToList() ?? [];

    public IReadOnlyList<string> Functies => Soort == SoortAanroeper.Gebruiker
        ? Principal?.FindAll(PoClaims.Functie).Select(c => c.Value).Order(StringComparer.Ordinal).ToList() ?? []
        : [];

    public IReadOnlyList<string> Scopes => Principal is null ? [] : ScopeClaims.Lees(Principal);

    public Betrouwbaarheidsniveau? Betrouwbaarheidsniveau => Soort == SoortAanroeper.Gebruiker
        ? BetrouwbaarheidsniveauCodes.VanAcr(Principal?.FindFirst(Claims.AuthenticationContextReference)?.Value)
        : null;
}
