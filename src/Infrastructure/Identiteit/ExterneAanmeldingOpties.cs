using PassendOnderwijs.Domain.Gebruikers;

namespace PassendOnderwijs.Infrastructure.Identiteit;

/// <summary>
/// Configuration section "Auth:Extern": an external OpenID Connect identity provider people may sign in with, for
/// example DigiD through a broker. Off until <see cref="Uitgever"/> and <see cref="ClientId"/> are set; the password
/// sign-in stays as it is.
/// </summary>
public sealed class ExterneAanmeldingOpties
{
    public const string Sectie = "Auth:Extern";

    /// <summary>The provider's issuer URL; its discovery document tells where to send people and fetch tokens.</summary>
    public Uri? Uitgever { get; set; }

    public string? ClientId { get; set; }

    /// <summary>The client secret the provider issued to this installation (client_secret_basic or _post, as it says).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The provider's name on the buttons ("Inloggen met DigiD").</summary>
    public string Naam { get; set; } = "DigiD";

    /// <summary>Scopes asked for besides openid: a broker may need one to release the assurance level.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>
    /// The roles (codes) whose accounts may sign in there. By default only <c>ouder</c>: DigiD is for citizens, and
    /// staff sign in with what their school or samenwerkingsverband gives them.
    /// </summary>
    public List<string> Rollen { get; set; } = [Rol.Ouder.Code()];

    public bool IsAan => Uitgever is not null && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>The roles of <see cref="Rollen"/> this installation knows; an unknown code lets nobody in.</summary>
    public IReadOnlyCollection<Rol> ToegestaneRollen => Rollen.Select(RolCodes.VanCode).OfType<Rol>().ToList();
}
