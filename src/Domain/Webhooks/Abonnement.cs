using PassendOnderwijs.Domain.Common;
using PassendOnderwijs.Domain.Organisaties;

namespace PassendOnderwijs.Domain.Webhooks;

/// <summary>
/// A koppeling's subscription to event types, delivered to one URL. The secrets are stored protected (never plain);
/// during a rotation there are two, and both sign, so the receiver can switch at its own pace.
/// </summary>
public sealed class Abonnement : AggregateRoot<Guid>
{
    public const int MaximaleLengteUrl = 2000;

    private Abonnement()
    {
    }

    public SwvCode Samenwerkingsverband { get; private set; } = null!;

    public string ClientId { get; private set; } = string.Empty;

    public string Url { get; private set; } = string.Empty;

    public List<string> Soorten { get; private set; } = [];

    /// <summary>The current secret, protected (see the application's secret store).</summary>
    public string Geheim { get; private set; } = string.Empty;

    /// <summary>The previous secret during a rotation: it signs too until <see cref="VorigGeheimTot"/> or until retired.</summary>
    public string? VorigGeheim { get; private set; }

    public DateTimeOffset? VorigGeheimTot { get; private set; }

    public bool Gepauzeerd { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    /// <summary>Goes up with every change; what If-Match compares.</summary>
    public long Versie { get; private set; }

    public static Abonnement Maak(
        Guid id, SwvCode samenwerkingsverband, string clientId, string url, IReadOnlyCollection<string> soorten, string geheim, DateTimeOffset nu) =>
        new()
        {
            Id = id,
            Samenwerkingsverband = samenwerkingsverband,
            ClientId = clientId,
            Url = url,
            Soorten = [.. soorten.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Geheim = geheim,
            AangemaaktOp = nu,
            Versie = 1,
        };

    public void Wijzig(string url, IReadOnlyCollection<string> soorten, bool gepauzeerd)
    {
        Url = url;
        Soorten = [.. soorten.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Gepauzeerd = gepauzeerd;
        Versie++;
    }

    /// <summary>A new secret signs from now on; the current one keeps signing until <paramref name="oudGeldigTot"/>.</summary>
    public void Roteer(string nieuwGeheim, DateTimeOffset oudGeldigTot)
    {
        VorigGeheim = Geheim;
        VorigGeheimTot = oudGeldigTot;
        Geheim = nieuwGeheim;
        Versie++;
    }

    /// <summary>The receiver has switched: the previous secret stops signing now.</summary>
    public void TrekVorigGeheimIn()
    {
        VorigGeheim = null;
        VorigGeheimTot = null;
        Versie++;
    }

    /// <summary>The secrets that sign a delivery at <paramref name="nu"/>: the current one, and the previous one while it is valid.</summary>
    public IReadOnlyList<string> GeldigeGeheimen(DateTimeOffset nu) =>
        VorigGeheim is { } vorig && VorigGeheimTot > nu ? [Geheim, vorig] : [Geheim];

    /// <summary>A delivery was given up after all its retries; the koppeling's beheerders hear of it.</summary>
    public void MeldMisluktAflevering(DateTimeOffset nu) =>
        Raise(new Gebeurtenissen.WebhookAfleveringMislukt(Id, Samenwerkingsverband, ClientId, nu));
}
