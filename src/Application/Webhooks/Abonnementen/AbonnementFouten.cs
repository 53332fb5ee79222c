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

    /// <summary>A person on the route of the calling koppeling: a person has no abonnementen of their own.</summary>
    public static Fout GeenKoppeling() =>
        Fout.Verboden(
            "geen-koppeling",
            "Alleen een koppeling heeft eigen abonnementen; als beheerder beheert u de abonnementen van een koppeling bij die koppeling zelf.");

    public static Fout AfleveringOnbekend(Guid id) =>
        Fout.NietGevonden("aflevering-onbekend", $"Dit abonnement heeft geen aflevering {id}.");
}

/// <summary>
/// The checks every abonnement use case shares: the koppeling is the caller's SWV's, the abonnement the koppeling's.
/// One use case, two ways to name the koppeling: the SWV's beheerder names one in the path; a koppeling with the scope
/// webhooks.beheren is itself (the endpoint of /abonnementen names it from its token) and can never name another.
/// </summary>
internal static class AbonnementZoeker
{
    /// <summary>
    /// The koppeling whose abonnementen these are, or why not: an unknown koppeling, one of another SWV and, for a
    /// koppeling as caller, any koppeling but itself are 404 alike (it learns nothing of others); no koppeling named
    /// (a person on the route of the calling koppeling) is 403.
    /// </summary>
    public static async Task<Result<KoppelingDto>> KoppelingAsync(
        this IKoppelingRegister register, IHuidigeGebruiker aanroeper, string? clientId, CancellationToken ct)
    {
        if (clientId is null)
        {
            return AbonnementFouten.GeenKoppeling();
        }

        if (aanroeper.Soort != SoortAanroeper.Gebruiker && !string.Equals(clientId, aanroeper.Id, StringComparison.Ordinal))
        {
            return KoppelingFouten.Onbekend(clientId);
        }

        return await register.ZoekAsync(clientId, ct).ConfigureAwait(false) is { } koppeling
            ? koppeling
            : KoppelingFouten.Onbekend(clientId);
    }

    /// <summary>The abonnement (tracked), or why not: see <see cref="KoppelingAsync"/>; an unknown abonnement is 404.</summary>
    public static async Task<Result<Abonnement>> ZoekAsync(
        this IApplicationDbContext db, IKoppelingRegister register, IHuidigeGebruiker aanroeper, string? clientId, Guid id, CancellationToken ct)
    {
        var koppeling = await register.KoppelingAsync(aanroeper, clientId, ct).ConfigureAwait(false);
        if (!koppeling.Lukt(out var gevonden))
        {
            return Result<Abonnement>.Mislukt(koppeling.Fouten);
        }

        // The tenant filter keeps this to the caller's own samenwerkingsverband.
        return await db.Abonnementen.FirstOrDefaultAsync(a => a.Id == id && a.ClientId == gevonden.ClientId, ct).ConfigureAwait(false) is { } abonnement
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
