using Microsoft.EntityFrameworkCore;
using PassendOnderwijs.Application.Common.Abstractions;
using PassendOnderwijs.Application.Koppelingen;
using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Webhooks;

namespace PassendOnderwijs.Application.Webhooks.Abonnementen;

public static class AbonnementFouten
{
    public static Fout Onbekend(Guid id) =>
        Fout.NietGevonden("abonnement-onbekend", $"Deze koppeling heeft geen abonnement {id}.");

    public static Fout AfleveringOnbekend(Guid id) =>
        Fout.NietGevonden("aflevering-onbekend", $"Dit abonnement heeft geen aflevering {id}.");
}

/// <summary>The checks every abonnement use case shares: the koppeling is the caller's SWV's, the abonnement the koppeling's.</summary>
internal static class AbonnementZoeker
{
    /// <summary>The abonnement (tracked), or why not: an unknown koppeling or abonnement is 404, also of another SWV.</summary>
    public static async Task<Result<Abonnement>> ZoekAsync(
        this IApplicationDbContext db, IKoppelingRegister register, string clientId, Guid id, CancellationToken ct)
    {
        if (await register.ZoekAsync(clientId, ct).ConfigureAwait(false) is null)
        {
            return KoppelingFouten.Onbekend(clientId);
        }

        // The tenant filter keeps this to the caller's own samenwerkingsverband.
        return await db.Abonnementen.FirstOrDefaultAsync(a => a.Id == id && a.ClientId == clientId, ct).ConfigureAwait(false) is { } abonnement
            ? abonnement
            : AbonnementFouten.Onbekend(id);
    }

    /// <summary>The URL (SSRF rule) and the types (from the catalogue), every problem at once.</summary>
    public static async Task<List<Fout>> ControleerAsync(IWebhookAdrescontrole adressen, string? url, IReadOnlyList<string>? soorten, CancellationToken ct)
    {
        var fouten = new List<Fout>();
        if (string.IsNullOrWhiteSpace(url))
        {
            fouten.Add(Fout.Ongeldig("url-vereist", "Geef de https-URL waarop de koppeling webhooks ontvangt.", "url"));
        }
        else if (url.Length > Abonnement.MaximaleLengteUrl)
        {
            fouten.Add(Fout.Ongeldig("url-te-lang", $"Een url is hoogstens {Abonnement.MaximaleLengteUrl} tekens.", "url"));
        }
        else
        {
            fouten.AddRange(await adressen.ControleerAsync(url, "url", ct).ConfigureAwait(false));
        }

        if (soorten is not { Count: > 0 })
        {
            fouten.Add(Fout.Ongeldig("soorten-vereist", "Kies minstens één soort notificatie om te ontvangen.", "soorten"));
        }
        else
        {
            for (var i = 0; i < soorten.Count; i++)
            {
                if (soorten[i] is not { } soort || !Notificatiecatalogus.Bestaat(soort))
                {
                    fouten.Add(Fout.Ongeldig("onbekende-soort", "Deze soort notificatie bestaat niet; kies een soort uit de lijst van notificatiesoorten.", $"soorten[{i}]"));
                }
            }
        }

        return fouten;
    }
}
