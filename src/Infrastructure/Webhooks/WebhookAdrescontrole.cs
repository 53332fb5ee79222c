using System.Net.Sockets;
using Microsoft.Extensions.Options;
using PassendOnderwijs.Application.Webhooks;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Infrastructure.Webhooks;

/// <summary>The SSRF rule at subscription: the URL's form, and every address its host resolves to now.</summary>
internal sealed class WebhookAdrescontrole(IOptions<WebhookOpties> opties) : IWebhookAdrescontrole
{
    public async Task<IReadOnlyList<Fout>> ControleerAsync(string url, string veld, CancellationToken ct)
    {
        var loopback = opties.Value.LoopbackToegestaan;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || string.IsNullOrEmpty(uri.Host) || !string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return [Fout.Ongeldig("ongeldige-url", "De url is een absolute https-URL zonder gebruikersnaam, wachtwoord of #-deel.", veld)];
        }

        System.Net.IPAddress[] adressen;
        try
        {
            adressen = await Adrescontrole.LosOpAsync(uri.IdnHost, ct).ConfigureAwait(false);
        }
        catch (SocketException)
        {
            return [Fout.Ongeldig("url-onbekende-host", $"De host {uri.Host} van de url bestaat niet (DNS geeft geen adres).", veld)];
        }

        var fouten = new List<Fout>();
        var isLoopback = adressen.Length > 0 && adressen.All(System.Net.IPAddress.IsLoopback);
        if (uri.Scheme == Uri.UriSchemeHttp && !(loopback && isLoopback))
        {
            fouten.Add(Fout.Ongeldig("url-niet-https", "De url moet https gebruiken; http mag alleen naar loopback in een demo- of testomgeving.", veld));
        }

        foreach (var adres in adressen)
        {
            if (Adrescontrole.Weigering(adres, loopback) is { } reden)
            {
                fouten.Add(Fout.Ongeldig("url-adres-geweigerd", $"De host {uri.Host} van de url wijst naar {adres}, {reden}; webhooks gaan alleen naar publieke adressen.", veld));
            }
        }

        if (adressen.Length == 0)
        {
            fouten.Add(Fout.Ongeldig("url-onbekende-host", $"De host {uri.Host} van de url bestaat niet (DNS geeft geen adres).", veld));
        }

        return fouten;
    }
}
