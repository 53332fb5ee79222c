using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using PassendOnderwijs.Application.Webhooks;

namespace PassendOnderwijs.Infrastructure.Webhooks;

/// <summary>
/// Secrets as Standard Webhooks writes them (whsec_ + base64 of 32 random bytes), stored with ASP.NET Core Data
/// Protection, whose keys every instance shares (GedeeldeDataProtection): the database holds no usable secret.
/// </summary>
internal sealed class WebhookGeheimen(IDataProtectionProvider bescherming) : IWebhookGeheimen
{
    private const string Voorvoegsel = "whsec_";

    private readonly IDataProtector _beschermer = bescherming.CreateProtector("PassendOnderwijs.Webhooks.Geheimen");

    public (string Geheim, string Beschermd) Nieuw()
    {
        var geheim = Voorvoegsel + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        return (geheim, _beschermer.Protect(geheim));
    }

    public string Lees(string beschermd) => _beschermer.Unprotect(beschermd);
}
